using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.ManagementApi.Security;
using static SelfHelp.Web.Tests.ManagementApi.DocumentOperations.DocumentOperationsHost;

namespace SelfHelp.Web.Tests.ManagementApi.DocumentOperations;

public sealed class DocumentVersionTests(DocumentOperationsHost host) : IClassFixture<DocumentOperationsHost>
{
    [Fact]
    public async Task Rolling_back_to_an_older_version_brings_its_value_back_into_the_draft()
    {
        var (editor, editorKey) = await host.SignedInUserAsync(BackOfficeUserGroups.Editor);
        var page = await host.PageAsync("Rollback page", "還原頁");
        page.SetValue("title", "A later title", "en-US");
        Assert.True((await host.Content.SaveAsync(page)).Succeeded);

        var versions = await editor.GetFromJsonAsync<JsonElement>($"{Management}/document-version?documentId={page.Key}");
        var items = versions.GetProperty("items").EnumerateArray().ToList();
        var published = items.Single(v => v.GetProperty("isCurrentPublishedVersion").GetBoolean());
        var version = await editor.GetFromJsonAsync<JsonElement>($"{Management}/document-version/{published.GetProperty("id").GetGuid()}");
        var rolledBack = await editor.PostAsync($"{Management}/document-version/{published.GetProperty("id").GetGuid()}/rollback?culture=en-US", null);

        Assert.True(items[0].GetProperty("isCurrentDraftVersion").GetBoolean());
        Assert.False(items[0].GetProperty("isCurrentPublishedVersion").GetBoolean());
        Assert.Contains(version.GetProperty("values").EnumerateArray(), v => v.GetProperty("alias").GetString() == "title"
            && v.GetProperty("culture").GetString() == "en-US" && v.GetProperty("value").GetString() == "Rollback page title");
        Assert.Equal(HttpStatusCode.OK, rolledBack.StatusCode);
        Assert.Equal("Rollback page title", (await host.Content.GetAsync(page.Key))!.GetValue<string>("title", "en-US"));
        var afterwards = await editor.GetFromJsonAsync<JsonElement>($"{Management}/document-version?documentId={page.Key}");
        Assert.Equal(editorKey, afterwards.GetProperty("items")[0].GetProperty("user").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_translator_may_roll_back_Chinese_but_not_English_nor_every_culture()
    {
        var translator = await host.SignedInAsync(BackOfficeUserGroups.Translator);
        var admin = await host.SignedInAsync(BackOfficeUserGroups.Admin);
        var page = await host.PageAsync("Translator rollback", "翻譯還原");
        var versionId = (await admin.GetFromJsonAsync<JsonElement>($"{Management}/document-version?documentId={page.Key}")).GetProperty("items")[0].GetProperty("id").GetGuid();

        // Translators have no Rollback verb in Umbraco's seeded groups, so all three are refused; an editor may.
        var chinese = await translator.PostAsync($"{Management}/document-version/{versionId}/rollback?culture=zh-HK", null);
        var english = await translator.PostAsync($"{Management}/document-version/{versionId}/rollback?culture=en-US", null);
        var all = await translator.PostAsync($"{Management}/document-version/{versionId}/rollback", null);

        Assert.Equal(HttpStatusCode.Forbidden, chinese.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, english.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, all.StatusCode);
    }

    [Fact]
    public async Task An_unknown_version_or_culture_is_answered_as_a_problem()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var page = await host.PageAsync("Unknown culture rollback", "未知語言");
        var versionId = (await editor.GetFromJsonAsync<JsonElement>($"{Management}/document-version?documentId={page.Key}")).GetProperty("items")[0].GetProperty("id").GetGuid();

        var missing = await editor.GetAsync($"{Management}/document-version/{Guid.NewGuid()}");
        var badCulture = await editor.PostAsync($"{Management}/document-version/{versionId}/rollback?culture=fr-FR", null);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badCulture.StatusCode);
    }
}
