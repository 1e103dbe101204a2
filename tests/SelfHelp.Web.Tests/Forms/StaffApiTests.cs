using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.Security;

namespace SelfHelp.Web.Tests.Forms;

public sealed class StaffApiTests(FormsHost host) : IClassFixture<FormsHost>
{
    private async Task SubmitVolunteerAsync(string email)
    {
        var response = await FormsHost.PostFormAsync(host.Client(), "/volunteer/", [
            new("name", "Chan Tai Man"), new("email", email), new("districts", "shaTin"), new("languages", "cantonese"), new("skills", "listening"),
            new("availability", "weekends"), new("supportNeeds", "Step-free access please"), new("dataConsent", "on"),
        ], formKey: null);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
    }

    [Fact]
    public async Task Entries_need_a_signed_in_staff_member_whose_role_allows_personal_data()
    {
        var nobody = await host.Client().GetAsync("/umbraco/forms/management/api/v1/forms/volunteerSignUp/entries");
        var noRole = await (await host.StaffClientAsync("intern@selfhelp.example")).GetAsync("/umbraco/forms/management/api/v1/forms/volunteerSignUp/entries");

        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noRole.StatusCode);
    }

    [Fact]
    public async Task Sensitive_fields_are_withheld_from_viewers_and_shown_to_the_sensitive_data_role()
    {
        await SubmitVolunteerAsync("sensitive@example.com");
        var viewer = await host.StaffClientAsync("viewer@selfhelp.example", StaffRoles.EntryViewer);
        var sensitive = await host.StaffClientAsync("coordinator@selfhelp.example", StaffRoles.EntryViewer, StaffRoles.SensitiveDataViewer);

        var seen = await viewer.GetFromJsonAsync<JsonElement>("/umbraco/forms/management/api/v1/forms/volunteerSignUp/entries?search=sensitive@example.com");
        var full = await sensitive.GetFromJsonAsync<JsonElement>("/umbraco/forms/management/api/v1/forms/volunteerSignUp/entries?search=sensitive@example.com");

        var entry = seen.GetProperty("items")[0];
        Assert.Equal("sensitive@example.com", entry.GetProperty("values").GetProperty("email")[0].GetString());
        Assert.False(entry.GetProperty("values").TryGetProperty("supportNeeds", out _));
        Assert.Equal("supportNeeds", entry.GetProperty("withheld")[0].GetString());
        Assert.Equal("Step-free access please", full.GetProperty("items")[0].GetProperty("values").GetProperty("supportNeeds")[0].GetString());
    }

    [Fact]
    public async Task Moderators_change_states_and_only_the_data_protection_role_exports()
    {
        await SubmitVolunteerAsync("moderated@example.com");
        var moderator = await host.StaffClientAsync("moderator@selfhelp.example", StaffRoles.EntryModerator);
        var dpo = await host.StaffClientAsync("dpo@selfhelp.example", StaffRoles.DataProtectionOfficer);
        var entries = await moderator.GetFromJsonAsync<JsonElement>("/umbraco/forms/management/api/v1/forms/volunteerSignUp/entries?search=moderated@example.com");
        var id = entries.GetProperty("items")[0].GetProperty("id").GetString();

        var spam = await moderator.PostAsJsonAsync($"/umbraco/forms/management/api/v1/entries/{id}/state", new { state = "Spam" });
        var export = await moderator.GetAsync("/umbraco/forms/management/api/v1/forms/volunteerSignUp/entries/export");
        var csv = await dpo.GetStringAsync("/umbraco/forms/management/api/v1/forms/volunteerSignUp/entries/export");

        Assert.Equal(HttpStatusCode.NoContent, spam.StatusCode);
        var entry = await moderator.GetFromJsonAsync<JsonElement>($"/umbraco/forms/management/api/v1/entries/{id}");
        Assert.Equal("Spam", entry.GetProperty("entry").GetProperty("state").GetString());
        Assert.Equal("moderator@selfhelp.example", entry.GetProperty("entry").GetProperty("stateChangedBy").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        Assert.StartsWith("id,createdUtc,state,culture,name,email", csv.TrimStart('\uFEFF'));
        Assert.Contains("moderated@example.com", csv);
        Assert.DoesNotContain("Step-free access please", csv);
    }
}
