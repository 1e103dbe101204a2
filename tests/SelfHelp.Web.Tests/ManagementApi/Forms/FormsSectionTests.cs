using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Security;

namespace SelfHelp.Web.Tests.ManagementApi.Forms;

public sealed class FormsSectionTests(FormsSectionHost host) : IClassFixture<FormsSectionHost>
{
    private const string Section = "/umbraco/management/api/v1/selfhelp-forms";
    private const string Staff = "/umbraco/forms/management/api/v1";

    [Fact]
    public async Task Approving_a_group_listing_into_a_draft_answers_the_one_draft_however_often_it_is_asked()
    {
        var entryId = await host.SubmitAsync("listYourGroup", FormsSectionHost.GroupListing("Heron Draft Parents"));
        var moderator = await host.StaffClientAsync($"moderator-{Guid.NewGuid():N}@selfhelp.example", StaffRoles.EntryModerator);

        var first = await moderator.PostAsync($"{Section}/entry/{entryId}/approve-into-draft", null);
        var second = await moderator.PostAsync($"{Section}/entry/{entryId}/approve-into-draft", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var draftId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(draftId, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        var directory = (await host.Content.GetAsync(host.Group.Key))!.ParentId;
        var drafts = (await host.Content.GetChildrenAsync(directory)).Where(c => c.GetName("en-US") == "Heron Draft Parents").ToList();
        Assert.Equal(draftId, Assert.Single(drafts).Key);
        Assert.False(drafts[0].IsPublished());
        var entry = (await host.Services.GetRequiredService<IFormEntryService>().GetAsync(entryId))!;
        Assert.Equal(FormEntryState.Approved, entry.State);
        Assert.StartsWith("moderator-", entry.StateChangedBy);
    }

    [Fact]
    public async Task An_entry_of_a_form_that_saves_no_drafts_is_a_problem_the_section_can_show()
    {
        var entryId = await host.SubmitAsync("volunteerSignUp", FormsSectionHost.Volunteer($"no-draft-{Guid.NewGuid():N}@example.com", "None"));
        var moderator = await host.StaffClientAsync($"moderator-{Guid.NewGuid():N}@selfhelp.example", StaffRoles.EntryModerator);

        var refused = await moderator.PostAsync($"{Section}/entry/{entryId}/approve-into-draft", null);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("NoDraftWorkflow", problem.GetProperty("operationStatus").GetString());
    }

    [Fact]
    public async Task The_forms_list_counts_new_entries_by_state_and_carries_no_answers()
    {
        var viewer = await host.StaffClientAsync($"viewer-{Guid.NewGuid():N}@selfhelp.example", StaffRoles.EntryViewer);
        var before = await SubmittedAsync(viewer, "listYourGroup");

        await host.SubmitAsync("listYourGroup", FormsSectionHost.GroupListing("Counted Carers"));
        var answer = await viewer.GetStringAsync($"{Section}/form");

        Assert.Equal(before + 1, await SubmittedAsync(viewer, "listYourGroup"));
        Assert.DoesNotContain("Counted Carers", answer);
        Assert.DoesNotContain("ka.yan@example.com", answer);
        var forms = JsonDocument.Parse(answer).RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.True(forms.Single(f => f.GetProperty("name").GetString() == "listYourGroup").GetProperty("savesDrafts").GetBoolean());
        Assert.False(forms.Single(f => f.GetProperty("name").GetString() == "volunteerSignUp").GetProperty("savesDrafts").GetBoolean());
    }

    [Fact]
    public async Task Sensitive_answers_are_masked_by_the_back_office_users_groups()
    {
        var email = $"masked-{Guid.NewGuid():N}@example.com";
        await host.SubmitAsync("volunteerSignUp", FormsSectionHost.Volunteer(email, "Hearing loop please"));
        var viewer = await host.StaffClientAsync($"viewer-{Guid.NewGuid():N}@selfhelp.example", StaffRoles.EntryViewer);
        var sensitive = await host.StaffClientAsync($"sensitive-{Guid.NewGuid():N}@selfhelp.example", StaffRoles.EntryViewer, BackOfficeUserGroups.SensitiveData);
        var editor = await host.StaffClientAsync($"editor-{Guid.NewGuid():N}@selfhelp.example", BackOfficeUserGroups.Editor);
        var list = $"{Staff}/forms/volunteerSignUp/entries?search={email}";

        var masked = (await viewer.GetFromJsonAsync<JsonElement>(list)).GetProperty("items")[0];
        var shown = (await sensitive.GetFromJsonAsync<JsonElement>(list)).GetProperty("items")[0];
        var refused = await editor.GetAsync(list);

        Assert.False(masked.GetProperty("values").TryGetProperty("supportNeeds", out _));
        Assert.Contains("supportNeeds", masked.GetProperty("withheld").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal("Hearing loop please", shown.GetProperty("values").GetProperty("supportNeeds")[0].GetString());
        Assert.Empty(shown.GetProperty("withheld").EnumerateArray());
        // The Forms section alone (editors have it) shows forms and counts, never entries.
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static async Task<int> SubmittedAsync(HttpClient client, string form) =>
        (await client.GetFromJsonAsync<JsonElement>($"{Section}/form")).GetProperty("items").EnumerateArray()
            .Single(f => f.GetProperty("name").GetString() == form).GetProperty("entries").GetProperty("submitted").GetInt32();
}
