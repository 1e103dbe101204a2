using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.ManagementApi.Security;
using static SelfHelp.Web.Tests.ManagementApi.DocumentOperations.DocumentOperationsHost;

namespace SelfHelp.Web.Tests.ManagementApi.DocumentOperations;

public sealed class DocumentUrlAndRedirectTests(DocumentOperationsHost host) : IClassFixture<DocumentOperationsHost>
{
    [Fact]
    public async Task Urls_are_listed_per_live_culture_in_the_sites_scheme()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var page = await host.PageAsync("Url page", "網址頁");
        var draft = await host.PageAsync("Url draft", publish: false);

        var urls = await editor.GetFromJsonAsync<JsonElement>($"{Management}/document/urls?id={page.Key}&id={draft.Key}");

        var infos = urls.EnumerateArray().Single(u => u.GetProperty("id").GetGuid() == page.Key).GetProperty("urlInfos").EnumerateArray()
            .ToDictionary(i => i.GetProperty("culture").GetString()!, i => i.GetProperty("url").GetString());
        Assert.Equal("/url-page/", infos["en-US"]);
        Assert.Equal("/zh-hk/網址頁/", infos["zh-HK"]);
        Assert.Empty(urls.EnumerateArray().Single(u => u.GetProperty("id").GetGuid() == draft.Key).GetProperty("urlInfos").EnumerateArray());
    }

    [Fact]
    public async Task A_renamed_page_leaves_a_redirect_that_is_listed_filtered_and_deleted()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var page = await host.PageAsync("Before rename");
        page.SetName("After rename", "en-US");
        Assert.True((await host.Content.PublishAsync(page, ["en-US"])).Succeeded);

        var listed = await editor.GetFromJsonAsync<JsonElement>($"{Management}/redirect-management?filter=before-rename");
        var redirect = Assert.Single(listed.GetProperty("items").EnumerateArray());
        var id = redirect.GetProperty("id").GetGuid();
        var movedBefore = await host.Client().GetAsync("/before-rename/");
        var deleted = await editor.DeleteAsync($"{Management}/redirect-management/{id}");
        var gone = await editor.GetAsync($"{Management}/redirect-management/{id}");
        var movedAfter = await host.Client().GetAsync("/before-rename/");
        var status = await editor.GetFromJsonAsync<JsonElement>($"{Management}/redirect-management/status");

        Assert.Equal("/before-rename/", redirect.GetProperty("originalUrl").GetString());
        Assert.Equal("/after-rename/", redirect.GetProperty("destinationUrl").GetString());
        Assert.Equal(page.Key, redirect.GetProperty("document").GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.MovedPermanently, movedBefore.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, movedAfter.StatusCode);
        Assert.Equal("Enabled", status.GetProperty("status").GetString());
        Assert.False(status.GetProperty("userIsAdmin").GetBoolean());
    }
}
