using System.Text.Json;
using SelfHelp.Web.Tests.DeliveryApi.Testing;

namespace SelfHelp.Web.Tests.DeliveryApi;

public sealed class PropertyValueTests(DeliveryHost host) : IClassFixture<DeliveryHost>
{
    private readonly DeliveryClient _api = new(host.Client());

    [Fact]
    public async Task Simple_editors_output_strings_numbers_booleans_dates_and_lists()
    {
        var group = await host.Document("Carers together", "照顧者同行", type: "selfHelpGroup")
            .With("name", "Carers together", "照顧者同行")
            .WithInvariant("topics", new[] { "carers", "grief" })
            .WithInvariant("districts", new[] { "shamShuiPo", "wanChai" })
            .WithInvariant("acceptingNewMembers", true)
            .WithInvariant("foundedYear", 2009)
            .PublishAsync();
        var story = await host.Document("A story of caring", type: "story")
            .WithInvariant("consentStatus", new[] { "given" })
            .WithInvariant("district", new[] { "shaTin" })
            .WithInvariant("themes", new[] { "leadership", "funding" })
            .WithInvariant("embargoUntil", "2020-01-02T03:04:05Z")
            .PublishAsync();
        var page = await host.Document("Plain page").With("summary", "Line one\nLine two").WithInvariant("rating", 4.5m).WithInvariant("contactEmail", "hello@example.org").PublishAsync();

        var groupProperties = (await _api.JsonAsync($"/content/item/{group.Key}")).GetProperty("properties");
        var storyProperties = (await _api.JsonAsync($"/content/item/{story.Key}")).GetProperty("properties");
        var pageProperties = (await _api.JsonAsync($"/content/item/{page.Key}")).GetProperty("properties");

        Assert.Equal(["carers", "grief"], groupProperties.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["shamShuiPo", "wanChai"], groupProperties.GetProperty("districts").EnumerateArray().Select(t => t.GetString()));
        Assert.True(groupProperties.GetProperty("acceptingNewMembers").GetBoolean());
        Assert.Equal(2009, groupProperties.GetProperty("foundedYear").GetInt32());
        Assert.Equal(JsonValueKind.Array, groupProperties.GetProperty("languages").ValueKind);
        Assert.Equal("shaTin", storyProperties.GetProperty("district").GetString());
        Assert.Equal(["leadership", "funding"], storyProperties.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("2020-01-02T03:04:05Z", storyProperties.GetProperty("embargoUntil").GetString());
        Assert.Equal(JsonValueKind.Null, storyProperties.GetProperty("developmentStage").ValueKind);
        Assert.Equal("Line one\nLine two", pageProperties.GetProperty("summary").GetString());
        Assert.Equal(4.5m, pageProperties.GetProperty("rating").GetDecimal());
        Assert.Equal("hello@example.org", pageProperties.GetProperty("contactEmail").GetString());
        Assert.Equal(JsonValueKind.Null, pageProperties.GetProperty("title").ValueKind);
    }

    [Fact]
    public async Task Rich_text_outputs_markup_and_blocks_with_local_links_resolved_to_routes()
    {
        var target = await host.Document("Link target", "連結目標").PublishAsync();
        var page = await host.Document("Rich page")
            .With("body", new { markup = $"<p>Read <a href=\"/{{localLink:{target.Key}}}\" type=\"document\">this</a> &amp; more.</p>", blocks = (object?)null })
            .PublishAsync();

        var body = (await _api.JsonAsync($"/content/item/{page.Key}")).GetProperty("properties").GetProperty("body");

        Assert.Equal(JsonValueKind.Array, body.GetProperty("blocks").ValueKind);
        var markup = body.GetProperty("markup").GetString()!;
        Assert.Contains("href=\"/link-target/\"", markup);
        Assert.Contains($"data-destination-id=\"{target.Key}\"", markup);
        Assert.Contains("data-link-type=\"Content\"", markup);
        Assert.DoesNotContain("localLink", markup);
        Assert.Contains("&amp; more.", markup);
    }

    [Fact]
    public async Task A_picked_item_is_shallow_until_expanded_and_expansion_reaches_any_depth()
    {
        var leaf = await host.Document("Leaf page").With("title", "Leaf title").PublishAsync();
        var middle = await host.Document("Middle page").With("title", "Middle title").WithInvariant("related", new[] { leaf.Key.ToString() }).PublishAsync();
        var top = await host.Document("Top page").With("title", "Top title").WithInvariant("related", new[] { middle.Key.ToString() }).PublishAsync();
        var url = $"/content/item/{top.Key}";

        var shallow = (await _api.JsonAsync(url)).GetProperty("properties").GetProperty("related")[0];
        var expanded = (await _api.JsonAsync(url + "?expand=properties[related]")).GetProperty("properties").GetProperty("related")[0];
        var deep = (await _api.JsonAsync(url + "?expand=properties[related[properties[related]]]")).GetProperty("properties").GetProperty("related")[0];
        var all = (await _api.JsonAsync(url + "?expand=properties[$all]")).GetProperty("properties").GetProperty("related")[0];

        Assert.Equal(["contentType", "name", "createDate", "updateDate", "route", "id", "properties"], shallow.EnumerateObject().Select(p => p.Name));
        Assert.Empty(shallow.GetProperty("properties").EnumerateObject());
        Assert.Equal("/middle-page/", shallow.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal("Middle title", expanded.GetProperty("properties").GetProperty("title").GetString());
        Assert.Empty(expanded.GetProperty("properties").GetProperty("related")[0].GetProperty("properties").EnumerateObject());
        Assert.Equal("Leaf title", deep.GetProperty("properties").GetProperty("related")[0].GetProperty("properties").GetProperty("title").GetString());
        Assert.Equal("Middle title", all.GetProperty("properties").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Fields_limit_the_properties_at_every_depth()
    {
        var leaf = await host.Document("Fields leaf").With("title", "Leaf").With("summary", "Leaf summary").PublishAsync();
        var page = await host.Document("Fields page").With("title", "Page").With("summary", "Page summary").WithInvariant("related", new[] { leaf.Key.ToString() }).PublishAsync();

        var json = await _api.JsonAsync($"/content/item/{page.Key}?expand=properties[related]&fields=properties[title,related[properties[summary]]]");

        var properties = json.GetProperty("properties");
        Assert.Equal(["title", "related"], properties.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["summary"], properties.GetProperty("related")[0].GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal("Fields page", json.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_picker_leaves_out_items_the_public_may_not_see()
    {
        var draft = await host.Document("Never published").SaveAsync();
        var live = await host.Document("Published pick").PublishAsync();
        var page = await host.Document("Picker page").WithInvariant("related", new[] { draft.Key.ToString(), live.Key.ToString() }).PublishAsync();

        var related = (await _api.JsonAsync($"/content/item/{page.Key}")).GetProperty("properties").GetProperty("related");

        Assert.Equal([live.Key], related.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task A_media_picker_outputs_an_array_of_media_with_crops_and_properties_only_when_expanded()
    {
        var image = await host.ImageAsync("Group meeting", altText: "Members around a table");
        var page = await host.Document("Photo page", type: "home", parentId: Core.Content.ContentItem.RootId)
            .WithInvariant("heroImage", new[] { new { key = Guid.NewGuid(), mediaKey = image.Key } })
            .PublishAsync();

        var media = (await _api.JsonAsync($"/content/item/{page.Key}")).GetProperty("properties").GetProperty("heroImage")[0];
        var expanded = (await _api.JsonAsync($"/content/item/{page.Key}?expand=properties[heroImage]")).GetProperty("properties").GetProperty("heroImage")[0];

        Assert.Equal(["focalPoint", "crops", "id", "name", "mediaType", "url", "extension", "width", "height", "bytes", "properties"], media.EnumerateObject().Select(p => p.Name));
        Assert.Equal(image.Key, media.GetProperty("id").GetGuid());
        Assert.Equal("Image", media.GetProperty("mediaType").GetString());
        Assert.StartsWith("/media/", media.GetProperty("url").GetString());
        Assert.Equal("png", media.GetProperty("extension").GetString());
        Assert.Equal(1080, media.GetProperty("width").GetInt32());
        Assert.Equal(0.3m, media.GetProperty("focalPoint").GetProperty("left").GetDecimal());
        Assert.Empty(media.GetProperty("properties").EnumerateObject());
        Assert.Equal("Members around a table", expanded.GetProperty("properties").GetProperty("altText").GetString());
        Assert.False(expanded.GetProperty("properties").TryGetProperty("umbracoFile", out _));
    }

    [Fact]
    public async Task A_block_list_outputs_its_elements_with_properties_and_nested_pickers_expand_by_path()
    {
        var linked = await host.Document("Linked from a block").With("title", "Linked title").PublishAsync();
        var contentKey = Guid.NewGuid();
        var blocks = new
        {
            layout = new Dictionary<string, object> { ["Umbraco.BlockList"] = new[] { new { contentKey, settingsKey = (Guid?)null } } },
            contentData = new[]
            {
                new
                {
                    contentTypeKey = DeliveryTestSchema.StatItem.Key,
                    key = contentKey,
                    values = new object[]
                    {
                        new { alias = "label", culture = "en-US", value = (object)"Groups listed" },
                        new { alias = "label", culture = "zh-HK", value = (object)"登記小組" },
                        new { alias = "value", culture = (string?)null, value = (object)312 },
                        new { alias = "source", culture = (string?)null, value = (object)linked.Key.ToString() },
                    },
                },
            },
            settingsData = Array.Empty<object>(),
        };
        var home = await host.Document("Stats home", "統計", type: "home", parentId: Core.Content.ContentItem.RootId).WithInvariant("stats", blocks).PublishAsync();

        var english = (await _api.JsonAsync($"/content/item/{home.Key}")).GetProperty("properties").GetProperty("stats");
        var chinese = (await _api.JsonAsync($"/content/item/{home.Key}", ("Accept-Language", "zh-HK"))).GetProperty("properties").GetProperty("stats");
        var expanded = (await _api.JsonAsync($"/content/item/{home.Key}?expand=properties[stats[properties[source]]]")).GetProperty("properties").GetProperty("stats");

        var item = english.GetProperty("items")[0];
        Assert.Equal(["content", "settings"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("statItem", item.GetProperty("content").GetProperty("contentType").GetString());
        Assert.Equal(contentKey, item.GetProperty("content").GetProperty("id").GetGuid());
        Assert.Equal("Groups listed", item.GetProperty("content").GetProperty("properties").GetProperty("label").GetString());
        Assert.Equal(312, item.GetProperty("content").GetProperty("properties").GetProperty("value").GetInt32());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("settings").ValueKind);
        Assert.Equal("登記小組", chinese.GetProperty("items")[0].GetProperty("content").GetProperty("properties").GetProperty("label").GetString());
        Assert.Empty(item.GetProperty("content").GetProperty("properties").GetProperty("source").GetProperty("properties").EnumerateObject());
        Assert.Equal("Linked title", expanded.GetProperty("items")[0].GetProperty("content").GetProperty("properties").GetProperty("source").GetProperty("properties").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Links_output_as_ApiLinks_and_a_single_link_picker_outputs_one()
    {
        var target = await host.Document("Link page target").PublishAsync();
        var image = await host.ImageAsync("Linked image");
        var home = await host.Document("Links home", type: "home", parentId: Core.Content.ContentItem.RootId)
            .WithInvariant("links", new object[]
            {
                new { name = "Read more", type = "document", unique = target.Key, queryString = "?tab=1", target = "_blank" },
                new { name = "Photo", type = "media", unique = image.Key },
                new { name = "SWD", type = "external", url = "https://www.swd.gov.hk/" },
                new { name = "Gone", type = "document", unique = Guid.NewGuid() },
            })
            .WithInvariant("moreInfo", new object[] { new { name = "Only", type = "external", url = "https://example.org/" } })
            .PublishAsync();

        var properties = (await _api.JsonAsync($"/content/item/{home.Key}")).GetProperty("properties");

        var links = properties.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal(3, links.Count);
        Assert.Equal("Content", links[0].GetProperty("linkType").GetString());
        Assert.Equal("/link-page-target/", links[0].GetProperty("route").GetProperty("path").GetString());
        Assert.Equal("?tab=1", links[0].GetProperty("queryString").GetString());
        Assert.Equal(target.Key, links[0].GetProperty("destinationId").GetGuid());
        Assert.Equal("Media", links[1].GetProperty("linkType").GetString());
        Assert.StartsWith("/media/", links[1].GetProperty("url").GetString());
        Assert.Equal("External", links[2].GetProperty("linkType").GetString());
        Assert.Equal("https://www.swd.gov.hk/", links[2].GetProperty("url").GetString());
        Assert.Equal("https://example.org/", properties.GetProperty("moreInfo").GetProperty("url").GetString());
    }
}
