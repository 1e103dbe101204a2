using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.Tests.ManagementApi.Languages;

/// <summary>The Management API host, with the folder its uSync files are written to.</summary>
public sealed class LanguagesHost : ManagementApiHost
{
    public string USyncFolder => Path.Combine(Root, "uSync", "v17");
}

/// <summary><c>language</c>: read by every back office user, written by the Settings section into the uSync files.</summary>
public sealed class LanguageTests(LanguagesHost host) : IClassFixture<LanguagesHost>
{
    private const string Api = "/umbraco/management/api/v1";

    [Fact]
    public async Task A_writer_reads_the_languages_in_the_clients_shape()
    {
        var writer = await host.SignedInAsync(BackOfficeUserGroups.Writer);

        var page = await writer.GetFromJsonAsync<JsonElement>($"{Api}/language?skip=0&take=100");
        var english = await writer.GetFromJsonAsync<JsonElement>($"{Api}/language/en-US");
        var items = await writer.GetFromJsonAsync<JsonElement>($"{Api}/item/language?isoCode=zh-HK");
        var fallback = await writer.GetFromJsonAsync<JsonElement>($"{Api}/item/language/default");

        Assert.True(page.GetProperty("total").GetInt32() >= 2);
        Assert.Contains(page.GetProperty("items").EnumerateArray(), l => l.GetProperty("isoCode").GetString() == "zh-HK");
        Assert.True(english.GetProperty("isDefault").GetBoolean());
        Assert.True(english.GetProperty("isMandatory").GetBoolean());
        Assert.Equal(JsonValueKind.Null, english.GetProperty("fallbackIsoCode").ValueKind);
        Assert.Equal("zh-HK", items[0].GetProperty("isoCode").GetString());
        Assert.Equal(JsonValueKind.String, items[0].GetProperty("name").ValueKind);
        Assert.Equal("en-US", fallback.GetProperty("isoCode").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"{Api}/language/fr-FR")).StatusCode);
    }

    [Fact]
    public async Task Only_the_Settings_section_writes_languages()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);

        var refused = await editor.PostAsJsonAsync($"{Api}/language", new { name = "French", isDefault = false, isMandatory = false, isoCode = "fr-FR" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_new_language_is_written_to_its_uSync_file_changed_and_deleted_with_it()
    {
        var admin = await host.SignedInAsync(BackOfficeUserGroups.Admin);

        var created = await admin.PostAsJsonAsync($"{Api}/language", new { name = "Chinese (Traditional, Taiwan)", isDefault = false, isMandatory = false, isoCode = "zh-tw" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("zh-TW", created.Headers.GetValues("Umb-Generated-Resource").Single());
        var file = Assert.Single(LanguageFiles(), f => File.ReadAllText(f).Contains("<IsoCode>zh-TW</IsoCode>"));
        Assert.Contains("Chinese (Traditional, Taiwan)", File.ReadAllText(file));

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"{Api}/language/zh-TW", new { name = "台灣繁體中文", isDefault = false, isMandatory = true })).StatusCode);
        Assert.Contains("台灣繁體中文", File.ReadAllText(file));
        Assert.Contains("<IsMandatory>true</IsMandatory>", File.ReadAllText(file));

        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"{Api}/language/zh-TW")).StatusCode);
        // uSync's way: the file stays, now a marker that the language was deleted, so other sites delete it on import.
        Assert.Contains("Change=\"Delete\"", File.ReadAllText(file));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Api}/language/zh-TW")).StatusCode);
    }

    [Fact]
    public async Task Bad_languages_get_problems_keyed_by_field_and_the_default_stays()
    {
        var admin = await host.SignedInAsync(BackOfficeUserGroups.Admin);

        var bad = await admin.PostAsJsonAsync($"{Api}/language", new { name = "", isDefault = false, isMandatory = false, isoCode = "not a culture", fallbackIsoCode = "en-US" });
        var duplicate = await admin.PostAsJsonAsync($"{Api}/language", new { name = "English", isDefault = false, isMandatory = false, isoCode = "en-us" });
        var undefault = await admin.PutAsJsonAsync($"{Api}/language/en-US", new { name = "English", isDefault = false, isMandatory = true });
        var deleteDefault = await admin.DeleteAsync($"{Api}/language/en-US");

        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("$.name", out _));
        Assert.True(errors.TryGetProperty("$.isoCode", out _));
        Assert.True(errors.TryGetProperty("$.fallbackIsoCode", out _));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, undefault.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, deleteDefault.StatusCode);
        Assert.True((await admin.GetFromJsonAsync<JsonElement>($"{Api}/language/en-US")).GetProperty("isDefault").GetBoolean());
    }

    private IEnumerable<string> LanguageFiles() => Directory.EnumerateFiles(Path.Combine(host.USyncFolder, "Languages"));
}
