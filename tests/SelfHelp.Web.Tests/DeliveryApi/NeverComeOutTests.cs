using System.Net;
using SelfHelp.Web.Tests.DeliveryApi.Testing;
using static SelfHelp.Web.Tests.DeliveryApi.Testing.DeliveryTestSchema;

using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.DeliveryApi;

public sealed class NeverComeOutTests(DeliveryHost host) : IClassFixture<DeliveryHost>
{
    private readonly DeliveryClient _api = new(host.Client());

    [Fact]
    public async Task A_draft_never_published_is_not_found_by_id_path_or_query()
    {
        var parent = await host.Document("Draft parent").PublishAsync();
        var draft = await host.Document("Unpublished idea", parentId: parent.Id).SaveAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/content/item/{draft.Key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync("/content/item/draft-parent/unpublished-idea/")).StatusCode);
        Assert.Empty(await _api.KeysAsync($"/content?fetch=children:{parent.Key}"));
    }

    [Fact]
    public async Task A_saved_change_to_a_published_item_stays_out_until_it_is_published()
    {
        var page = await host.Document("Stable page").With("title", "Published title").PublishAsync();
        page.SetValue("title", "Draft title", English);
        PageBuilder.Succeeded(await host.Content.SaveAsync(page));

        var json = await _api.JsonAsync($"/content/item/{page.Key}");

        Assert.Equal("Published title", json.GetProperty("properties").GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_item_in_the_recycle_bin_is_gone_from_items_and_queries()
    {
        var parent = await host.Document("Bin parent").PublishAsync();
        var page = await host.Document("Binned page", parentId: parent.Id).PublishAsync();
        Assert.Single(await _api.KeysAsync($"/content?fetch=children:{parent.Key}"));

        Assert.True((await host.Content.MoveToRecycleBinAsync(page.Id)).Succeeded);

        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/content/item/{page.Key}")).StatusCode);
        Assert.Empty(await _api.KeysAsync($"/content?fetch=children:{parent.Key}"));
    }

    [Fact]
    public async Task A_disallowed_content_type_never_comes_out()
    {
        var note = await host.Document("Internal note", type: "secretNote", parentId: host.Home.Id).With("title", "Do not show").PublishAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/content/item/{note.Key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync("/content/item/internal-note/")).StatusCode);
        Assert.DoesNotContain(note.Key, await _api.KeysAsync("/content?filter=contentType:secretNote&take=100"));
    }

    [Theory]
    [InlineData("pending")]
    [InlineData("withdrawn")]
    public async Task A_story_without_consent_given_never_comes_out(string consent)
    {
        var parent = await host.Document("Stories " + consent).PublishAsync();
        var story = await host.Document("Story " + consent, type: "story", parentId: parent.Id).WithInvariant("consentStatus", new[] { consent }).PublishAsync();
        var page = await host.Document("Featuring " + consent).WithInvariant("related", new[] { story.Key.ToString() }).PublishAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/content/item/{story.Key}")).StatusCode);
        Assert.Empty(await _api.KeysAsync($"/content?fetch=children:{parent.Key}"));
        Assert.Empty((await _api.JsonAsync($"/content/item/{page.Key}")).GetProperty("properties").GetProperty("related").EnumerateArray());
    }

    [Fact]
    public async Task A_story_under_embargo_stays_out_and_comes_out_once_the_embargo_has_passed()
    {
        var parent = await host.Document("Embargo stories").PublishAsync();
        var embargoed = await host.Document("Embargoed story", type: "story", parentId: parent.Id)
            .WithInvariant("consentStatus", new[] { "given" }).WithInvariant("embargoUntil", "2199-01-01T00:00:00Z").PublishAsync();
        var released = await host.Document("Released story", type: "story", parentId: parent.Id)
            .WithInvariant("consentStatus", new[] { "given" }).WithInvariant("embargoUntil", "2001-01-01T00:00:00Z").PublishAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/content/item/{embargoed.Key}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync($"/content/item/{released.Key}")).StatusCode);
        Assert.Equal([released.Key], await _api.KeysAsync($"/content?fetch=children:{parent.Key}"));
    }

    [Fact]
    public async Task An_internal_property_such_as_a_release_form_is_never_output()
    {
        var form = await host.ImageAsync("Signed release form");
        var story = await host.Document("Story with a form", type: "story")
            .WithInvariant("consentStatus", new[] { "given" })
            .WithInvariant("releaseForm", new[] { new { key = Guid.NewGuid(), mediaKey = form.Key } })
            .PublishAsync();

        var plain = await _api.JsonAsync($"/content/item/{story.Key}");
        var expanded = await _api.JsonAsync($"/content/item/{story.Key}?expand=properties[$all]&fields=properties[releaseForm,title]");
        var preview = await _api.JsonAsync($"/content/item/{story.Key}", ("Preview", "true"), ("Api-Key", DeliveryHost.ApiKey));

        Assert.False(plain.GetProperty("properties").TryGetProperty("releaseForm", out _));
        Assert.False(expanded.GetProperty("properties").TryGetProperty("releaseForm", out _));
        Assert.False(preview.GetProperty("properties").TryGetProperty("releaseForm", out _));
        Assert.DoesNotContain(form.Key.ToString(), plain.GetRawText());
    }

    [Fact]
    public async Task A_culture_taken_offline_is_not_found_in_that_culture_while_the_other_stays()
    {
        var page = await host.Document("Bilingual page", "雙語頁").PublishAsync();
        Assert.True((await host.Content.UnpublishAsync(page.Id, Chinese)).Succeeded);

        var chinese = await _api.GetAsync($"/content/item/{page.Key}", ("Accept-Language", Chinese));
        var english = await _api.JsonAsync($"/content/item/{page.Key}");

        Assert.Equal(HttpStatusCode.NotFound, chinese.StatusCode);
        Assert.False(english.GetProperty("cultures").TryGetProperty("zh-hk", out _));
    }
}
