using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Web.DeliveryApi;
using SelfHelp.Web.Tests.DeliveryApi.Testing;
using static SelfHelp.Web.Tests.DeliveryApi.Testing.DeliveryTestSchema;

using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.DeliveryApi;

public sealed class CachingTests(DeliveryHost host) : IClassFixture<DeliveryHost>
{
    private readonly HttpClient _client = host.Client();
    private readonly DeliveryClient _api = new(host.Client());

    [Fact]
    public async Task Answers_carry_Vary_for_every_header_that_changes_them_and_an_ETag_that_gives_304()
    {
        var page = await host.Document("Cache headers").PublishAsync();
        var url = $"{DeliveryHost.Prefix}/content/item/{page.Key}";
        // The publish returns once its journal row is applied and the answers it changed are evicted: nothing
        // evicts later, so the answer stored below is the one the next request is served from.

        var first = await _client.GetAsync(url);
        var cached = await _client.GetAsync(url);
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var revalidated = await _client.SendAsync(request);

        Assert.Equal(["Accept-Language", "Accept-Segment", "Api-Key", "Preview", "Start-Item"], first.Headers.Vary);
        Assert.NotNull(first.Headers.ETag);
        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(first.Headers.ETag, cached.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_cached_answer_in_one_language_is_never_served_for_another()
    {
        var page = await host.Document("Cached bilingual", "雙語快取").PublishAsync();

        var english = await _api.JsonAsync($"/content/item/{page.Key}");
        var chinese = await _api.JsonAsync($"/content/item/{page.Key}", ("Accept-Language", Chinese));
        var englishAgain = await _api.JsonAsync($"/content/item/{page.Key}", ("Accept-Language", English));

        Assert.Equal("Cached bilingual", english.GetProperty("name").GetString());
        Assert.Equal("雙語快取", chinese.GetProperty("name").GetString());
        Assert.Equal("Cached bilingual", englishAgain.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_republished_item_shows_its_new_value_on_the_next_request_in_items_and_queries()
    {
        var parent = await host.Document("Evicting section").PublishAsync();
        var page = await host.Document("Evicted page", parentId: parent.Id).With("title", "Before").PublishAsync();
        var picker = await host.Document("Shows the evicted page").WithInvariant("related", new[] { page.Key.ToString() }).PublishAsync();
        var itemUrl = $"/content/item/{page.Key}";
        var queryUrl = $"/content?fetch=children:{parent.Key}";
        var pickerUrl = $"/content/item/{picker.Key}?expand=properties[related]";
        Assert.Equal("Before", (await _api.JsonAsync(itemUrl)).GetProperty("properties").GetProperty("title").GetString());
        Assert.Equal("Before", (await _api.JsonAsync(queryUrl)).GetProperty("items")[0].GetProperty("properties").GetProperty("title").GetString());
        Assert.Equal("Before", (await _api.JsonAsync(pickerUrl)).GetProperty("properties").GetProperty("related")[0].GetProperty("properties").GetProperty("title").GetString());

        page.SetValue("title", "After", English);
        PageBuilder.Succeeded(await host.Content.PublishAsync(page, [English]));

        Assert.Equal("After", (await _api.JsonAsync(itemUrl)).GetProperty("properties").GetProperty("title").GetString());
        Assert.Equal("After", (await _api.JsonAsync(queryUrl)).GetProperty("items")[0].GetProperty("properties").GetProperty("title").GetString());
        Assert.Equal("After", (await _api.JsonAsync(pickerUrl)).GetProperty("properties").GetProperty("related")[0].GetProperty("properties").GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_item_asked_for_by_id_before_it_was_published_is_in_the_answer_once_it_is()
    {
        var draft = await host.Document("Not yet live").SaveAsync();
        var itemsUrl = $"/content/items?id={draft.Key}";
        Assert.Equal(0, (await _api.JsonAsync(itemsUrl)).GetArrayLength());
        Assert.Equal(0, (await _api.JsonAsync(itemsUrl)).GetArrayLength());

        PageBuilder.Succeeded(await host.Content.PublishAsync(draft, [English]));

        var items = await _api.JsonAsync(itemsUrl);
        Assert.Equal("Not yet live", Assert.Single(items.EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_unpublished_or_moved_item_is_not_served_from_the_cache()
    {
        var section = await host.Document("Cache tree").PublishAsync();
        var child = await host.Document("Cache child", parentId: section.Id).PublishAsync();
        var other = await host.Document("Cache elsewhere").PublishAsync();
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync("/content/item/cache-tree/cache-child/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync($"/content/item/{child.Key}")).StatusCode);

        Assert.True((await host.Content.MoveAsync(child.Id, other.Id)).Succeeded);
        var movedPath = await _api.GetAsync("/content/item/cache-tree/cache-child/");
        Assert.True((await host.Content.UnpublishAsync(other.Id)).Succeeded);
        var unpublished = await _api.GetAsync($"/content/item/{child.Key}");

        Assert.Equal(HttpStatusCode.MovedPermanently, movedPath.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
    }

    [Fact]
    public async Task The_same_url_with_a_different_start_item_gets_its_own_answer()
    {
        var first = await host.Document("Cache root one", type: "home", parentId: Core.Content.ContentItem.RootId).PublishAsync();
        var second = await host.Document("Cache root two", type: "home", parentId: Core.Content.ContentItem.RootId).PublishAsync();
        var one = await host.Document("Shared name", parentId: first.Id).PublishAsync();
        var two = await host.Document("Shared name", parentId: second.Id).PublishAsync();

        var fromOne = await _api.JsonAsync("/content/item/shared-name/", ("Start-Item", "cache-root-one"));
        var fromTwo = await _api.JsonAsync("/content/item/shared-name/", ("Start-Item", "cache-root-two"));

        Assert.Equal(one.Key, fromOne.GetProperty("id").GetGuid());
        Assert.Equal(two.Key, fromTwo.GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task An_answer_is_stored_only_when_no_publish_replaced_its_snapshot_while_it_was_built(bool publishMeanwhile, bool stored)
    {
        var policy = new DeliveryOutputCachePolicy(media: false);
        using var scope = host.Services.CreateScope();
        var context = new OutputCacheContext { HttpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider } };
        context.HttpContext.Request.Method = HttpMethods.Get;
        await policy.CacheRequestAsync(context, default);

        if (publishMeanwhile)
        {
            await host.Document("Published while an answer was built").PublishAsync();
        }
        context.HttpContext.Response.StatusCode = StatusCodes.Status200OK;
        await policy.ServeResponseAsync(context, default);

        Assert.Equal(stored, context.AllowCacheStorage);
    }
}
