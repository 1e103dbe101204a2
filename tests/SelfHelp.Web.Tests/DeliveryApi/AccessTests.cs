using System.Net;
using SelfHelp.Web.Tests.DeliveryApi.Testing;

using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.DeliveryApi;

public sealed class PrivateAccessTests(PrivateDeliveryHost host) : IClassFixture<PrivateDeliveryHost>
{
    private readonly DeliveryClient _api = new(host.Client());

    [Theory]
    [InlineData("/content")]
    [InlineData("/content/item/")]
    [InlineData("/media?fetch=children:/")]
    public async Task Without_public_access_a_call_without_the_key_answers_401_with_an_empty_body(string path)
    {
        var response = await _api.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Without_public_access_the_key_opens_the_api_and_a_wrong_key_never_gets_the_cached_answer()
    {
        var page = await host.Document("Members only").PublishAsync();

        var withKey = await _api.GetAsync($"/content/item/{page.Key}", ("Api-Key", DeliveryHost.ApiKey));
        var withKeyAgain = await _api.GetAsync($"/content/item/{page.Key}", ("Api-Key", DeliveryHost.ApiKey));
        var wrongKey = await _api.GetAsync($"/content/item/{page.Key}", ("Api-Key", "test-api-key-0123456788"));
        var noKey = await _api.GetAsync($"/content/item/{page.Key}");

        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withKeyAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
    }
}

public sealed class DisabledApiTests(DisabledDeliveryHost host) : IClassFixture<DisabledDeliveryHost>
{
    [Theory]
    [InlineData("/content")]
    [InlineData("/media?fetch=children:/")]
    public async Task A_disabled_api_answers_404(string path)
    {
        var response = await new DeliveryClient(host.Client()).GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class PreviewTests(DeliveryHost host) : IClassFixture<DeliveryHost>
{
    private readonly DeliveryClient _api = new(host.Client());
    private static readonly (string, string) Preview = ("Preview", "true");
    private static readonly (string, string) Key = ("Api-Key", DeliveryHost.ApiKey);

    [Fact]
    public async Task Preview_without_the_right_key_answers_401_with_an_empty_body()
    {
        var page = await host.Document("Preview locked").SaveAsync();

        var noKey = await _api.GetAsync($"/content/item/{page.Key}", Preview);
        var wrongKey = await _api.GetAsync($"/content/item/{page.Key}", Preview, ("Api-Key", "nope"));

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Empty(await noKey.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Preview_with_the_key_shows_drafts_at_Umbracos_preview_route_and_is_never_cached()
    {
        var draft = await host.Document("Draft to preview").With("title", "First draft").SaveAsync();

        var byId = await _api.JsonAsync($"/content/item/{draft.Key}", Preview, Key);
        var byPreviewPath = await _api.JsonAsync($"/content/item/preview-{draft.Key}", Preview, Key);
        draft.SetValue("title", "Second draft", DeliveryTestSchema.English);
        PageBuilder.Succeeded(await host.Content.SaveAsync(draft));
        var response = await _api.GetAsync($"/content/item/{draft.Key}", Preview, Key);
        var again = await DeliveryHost.JsonAsync(response);

        Assert.Equal("First draft", byId.GetProperty("properties").GetProperty("title").GetString());
        Assert.Equal($"/preview-{draft.Key:D}/", byId.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal(draft.Key, byPreviewPath.GetProperty("id").GetGuid());
        Assert.Equal("Second draft", again.GetProperty("properties").GetProperty("title").GetString());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Preview_shows_the_draft_of_a_published_item_and_queries_include_drafts()
    {
        var parent = await host.Document("Preview parent").PublishAsync();
        var live = await host.Document("Live child", parentId: parent.Id).With("title", "Live title").PublishAsync();
        live.SetValue("title", "Edited title", DeliveryTestSchema.English);
        PageBuilder.Succeeded(await host.Content.SaveAsync(live));
        var draft = await host.Document("Draft child", parentId: parent.Id).SaveAsync();

        var previewItem = await _api.JsonAsync("/content/item/preview-parent/live-child/", Preview, Key);
        var previewQuery = await _api.KeysAsync($"/content?fetch=children:{parent.Key}", Preview, Key);
        var publicQuery = await _api.KeysAsync($"/content?fetch=children:{parent.Key}");

        Assert.Equal("Edited title", previewItem.GetProperty("properties").GetProperty("title").GetString());
        Assert.Equal([live.Key, draft.Key], previewQuery);
        Assert.Equal([live.Key], publicQuery);
    }

    [Fact]
    public async Task Preview_keeps_the_consent_rule_and_a_preview_path_without_the_header_is_not_found()
    {
        var story = await host.Document("Unconsented draft story", type: "story").WithInvariant("consentStatus", new[] { "pending" }).SaveAsync();

        var preview = await _api.GetAsync($"/content/item/{story.Key}", Preview, Key);
        var noPreview = await _api.GetAsync($"/content/item/preview-{story.Key}");

        Assert.Equal(HttpStatusCode.NotFound, preview.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noPreview.StatusCode);
    }
}
