using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.ManagementApi.Security;
using static SelfHelp.Web.Tests.ManagementApi.DocumentOperations.DocumentOperationsHost;

namespace SelfHelp.Web.Tests.ManagementApi.DocumentOperations;

public sealed class PreviewTests(DocumentOperationsHost host) : IClassFixture<DocumentOperationsHost>
{
    [Fact]
    public async Task A_signed_in_user_in_preview_sees_an_unpublished_draft_per_culture_never_cached_nor_indexed()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var page = await host.PageAsync("Draft only page", "只有草稿", publish: false);

        var started = await editor.PostAsync($"{Management}/preview", null);
        var url = await editor.GetFromJsonAsync<JsonElement>($"{Management}/document/{page.Key}/preview-url?culture=zh-HK");
        var preview = await editor.GetAsync(url.GetProperty("url").GetString());

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal("zh-HK", url.GetProperty("culture").GetString());
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("只有草稿", await preview.Content.ReadAsStringAsync());
        Assert.Contains("no-store", preview.Headers.CacheControl!.ToString());
        Assert.Contains("noindex", preview.Headers.GetValues("X-Robots-Tag").Single());
    }

    [Fact]
    public async Task Preview_is_refused_without_a_session_with_a_forged_cookie_and_after_it_ends()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var page = await host.PageAsync("Secret draft", publish: false);
        var previewUrl = $"/umbraco/preview?id={page.Key}&culture=en-US";
        var forged = new HttpRequestMessage(HttpMethod.Get, previewUrl);
        forged.Headers.Add("Cookie", "UMB_PREVIEW=forged-value");

        var anonymous = await host.Client().GetAsync(previewUrl);
        var withForgedCookie = await host.Client().SendAsync(forged);
        await editor.PostAsync($"{Management}/preview", null);
        var during = await editor.GetAsync(previewUrl);
        await editor.DeleteAsync($"{Management}/preview");
        var after = await editor.GetAsync(previewUrl);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.DoesNotContain("Secret draft", await anonymous.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, withForgedCookie.StatusCode);
        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }
}
