using SelfHelp.Web.Security;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.Forms.Staff;

namespace SelfHelp.Web.Tests.Forms;

/// <summary>A host with one record of each kind, each carrying a planted value in a field marked sensitive.</summary>
public sealed class MaskedRecordsHost : PersonalDataHost
{
    public const string Email = "masked.person@example.com";
    public static readonly byte[] Photo = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    public Guid Story { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // The shipped forms mark a volunteer's support needs and a registration's access needs; an editor marks these two more.
        await MarkSensitiveAsync("requestSupport", "need");
        await MarkSensitiveAsync("contactGroup", "message");
        await MarkSensitiveAsync("shareYourStory", "photo");
        await SubmitAsync("volunteerSignUp", PersonalAnswers.Volunteer(Email, supportNeeds: "PLANTED-volunteers"));
        await SubmitAsync("workshopRegistration", PersonalAnswers.Registration(Email, "PLANTED-registrations"), Workshop.Key);
        await SubmitAsync("requestSupport", PersonalAnswers.Support(Email, "PLANTED-support-requests"));
        await SubmitAsync("contactGroup", PersonalAnswers.Contact(Email, "PLANTED-relayed-messages"), Group.Key);
        Story = await SubmitAsync("shareYourStory", new Dictionary<string, string[]>
        {
            ["storyTitle"] = ["How we started"], ["groupName"] = ["Tsuen Wan Carers"], ["narratorName"] = ["Ah Mei"], ["district"] = ["tsuenWan"],
            ["topics"] = ["carers"], ["story"] = ["We met in a church hall."], ["email"] = [Email], ["dataConsent"] = ["on"],
        }, files: new Dictionary<string, SelfHelp.Core.Forms.Validation.UploadedFile[]> { ["photo"] = [new("release.png", Photo)] });
    }
}

public sealed class RecordMaskingTests(MaskedRecordsHost host) : IClassFixture<MaskedRecordsHost>
{
    private const string Records = "/umbraco/forms/management/api/v1/records/";
    private const string PersonalData = "/umbraco/forms/management/api/v1/personal-data/export";

    [Theory]
    [InlineData("volunteers", "supportNeeds")]
    [InlineData("registrations", "needs")]
    [InlineData("support-requests", "need")]
    [InlineData("relayed-messages", "message")]
    public async Task A_records_sensitive_values_are_withheld_from_entry_viewers_and_shown_to_the_sensitive_data_role(string endpoint, string property)
    {
        var viewer = await host.StaffClientAsync($"viewer-{endpoint}@selfhelp.example", StaffRoles.EntryViewer);
        var coordinator = await host.StaffClientAsync($"coordinator-{endpoint}@selfhelp.example", StaffRoles.EntryViewer, StaffRoles.SensitiveDataViewer);

        var seen = await viewer.GetStringAsync(Records + endpoint);
        var full = await coordinator.GetFromJsonAsync<JsonElement>(Records + endpoint);

        Assert.DoesNotContain("PLANTED", seen);
        var item = JsonDocument.Parse(seen).RootElement.GetProperty("items")[0];
        Assert.False(item.TryGetProperty(property, out _));
        Assert.Contains(property, item.GetProperty("withheld").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(1, full.GetProperty("total").GetInt32());
        Assert.StartsWith($"PLANTED-{endpoint}", full.GetProperty("items")[0].GetProperty(property).GetString());
        Assert.Empty(full.GetProperty("items")[0].GetProperty("withheld").EnumerateArray());
    }

    [Fact]
    public async Task An_upload_in_a_sensitive_field_is_neither_listed_nor_served_to_entry_viewers()
    {
        var viewer = await host.StaffClientAsync("viewer-uploads@selfhelp.example", StaffRoles.EntryViewer);
        var coordinator = await host.StaffClientAsync("coordinator-uploads@selfhelp.example", StaffRoles.EntryViewer, StaffRoles.SensitiveDataViewer);
        var full = await coordinator.GetFromJsonAsync<JsonElement>($"/umbraco/forms/management/api/v1/entries/{host.Story}");
        var file = full.GetProperty("entry").GetProperty("files")[0].GetProperty("id").GetString();
        var url = $"/umbraco/forms/management/api/v1/entries/{host.Story}/files/{file}";

        var seen = await viewer.GetFromJsonAsync<JsonElement>($"/umbraco/forms/management/api/v1/entries/{host.Story}");
        var refused = await viewer.GetAsync(url);
        var served = await coordinator.GetByteArrayAsync(url);

        Assert.Empty(seen.GetProperty("entry").GetProperty("files").EnumerateArray());
        Assert.Contains("photo", seen.GetProperty("entry").GetProperty("withheld").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(MaskedRecordsHost.Photo, served);
    }

    [Fact]
    public async Task A_persons_data_export_withholds_sensitive_values_from_an_officer_without_the_sensitive_data_role()
    {
        var officer = await host.StaffClientAsync("dpo-masked@selfhelp.example", StaffRoles.DataProtectionOfficer);
        var senior = await host.StaffClientAsync("senior-dpo-masked@selfhelp.example", StaffRoles.DataProtectionOfficer, StaffRoles.SensitiveDataViewer);

        var seen = await (await officer.PostAsJsonAsync(PersonalData, new { email = MaskedRecordsHost.Email })).Content.ReadAsStringAsync();
        var full = await (await senior.PostAsJsonAsync(PersonalData, new { email = MaskedRecordsHost.Email })).Content.ReadAsStringAsync();

        Assert.DoesNotContain("PLANTED", seen);
        Assert.Contains(MaskedRecordsHost.Email, seen);
        foreach (var kind in new[] { "volunteers", "registrations", "support-requests", "relayed-messages" })
        {
            // Each kind's value is in the entry and in the record made from it.
            Assert.Equal(2, full.Split($"PLANTED-{kind}").Length - 1);
        }
    }

    [Fact]
    public async Task A_persons_data_is_found_by_phone_and_a_request_naming_nobody_is_a_problem()
    {
        var officer = await host.StaffClientAsync("dpo-phone@selfhelp.example", StaffRoles.DataProtectionOfficer);

        var byPhone = await (await officer.PostAsJsonAsync(PersonalData, new { phone = "+852 2345 6789" })).Content.ReadFromJsonAsync<JsonElement>();
        var nobody = await officer.PostAsJsonAsync(PersonalData, new { });
        var both = await officer.PostAsJsonAsync(PersonalData, new { email = MaskedRecordsHost.Email, phone = "23456789" });

        Assert.Equal(MaskedRecordsHost.Email, byPhone.GetProperty("volunteers")[0].GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, nobody.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Equal("application/problem+json", both.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("volunteers?take=0", "take")]
    [InlineData("volunteers?take=1001", "take")]
    [InlineData("registrations?skip=-1", "skip")]
    [InlineData("support-requests?skip=-5&take=0", "skip")]
    [InlineData("relayed-messages?take=-1", "take")]
    public async Task Bad_paging_values_are_answered_with_a_problem_naming_the_parameter(string query, string parameter)
    {
        var viewer = await host.StaffClientAsync($"pager-{Guid.NewGuid():N}@selfhelp.example", StaffRoles.EntryViewer);

        var response = await viewer.GetAsync(Records + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }
}
