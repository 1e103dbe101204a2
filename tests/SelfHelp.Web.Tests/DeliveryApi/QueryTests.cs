using System.Net;
using System.Text.Json;
using SelfHelp.Core.Content;
using SelfHelp.Web.Tests.DeliveryApi.Testing;
using static SelfHelp.Web.Tests.DeliveryApi.Testing.DeliveryTestSchema;

namespace SelfHelp.Web.Tests.DeliveryApi;

public sealed class QueryTests(DeliveryHost host) : IClassFixture<DeliveryHost>
{
    private readonly DeliveryClient _api = new(host.Client());

    [Fact]
    public async Task Children_come_in_tree_order_with_the_total_and_skip_and_take_page_them()
    {
        var parent = await host.Document("Paged section").PublishAsync();
        var children = new List<ContentItem>();
        foreach (var name in new[] { "Charlie", "Alpha", "Bravo", "Delta" })
        {
            children.Add(await host.Document(name + " paged", parentId: parent.Id).PublishAsync());
        }

        var page = await _api.JsonAsync($"/content?fetch=children:{parent.Key}&skip=1&take=2");

        Assert.Equal(["total", "items"], page.EnumerateObject().Select(p => p.Name));
        Assert.Equal(4, page.GetProperty("total").GetInt64());
        Assert.Equal([children[1].Key, children[2].Key], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(children.Select(c => c.Key), await _api.KeysAsync($"/content?fetch=children:{parent.Key}"));
    }

    [Fact]
    public async Task Ancestors_children_and_descendants_take_an_id_or_a_path()
    {
        var top = await host.Document("Tree top").PublishAsync();
        var middle = await host.Document("Tree middle", parentId: top.Id).PublishAsync();
        var leaf = await host.Document("Tree leaf", parentId: middle.Id).PublishAsync();

        Assert.Equal([middle.Key], await _api.KeysAsync("/content?fetch=children:/tree-top/"));
        Assert.Equal([middle.Key, leaf.Key], await _api.KeysAsync($"/content?fetch=descendants:{top.Key}"));
        Assert.Equal([middle.Key, leaf.Key], await _api.KeysAsync("/content?fetch=descendants:tree-top"));
        Assert.Equal([host.Home.Key, top.Key, middle.Key], await _api.KeysAsync($"/content?fetch=ancestors:{leaf.Key}"));
        Assert.Equal([host.Home.Key, top.Key], await _api.KeysAsync("/content?fetch=ancestors:/tree-top/tree-middle"));
        Assert.Empty(await _api.KeysAsync("/content?fetch=children:/no-such-path/"));
    }

    [Fact]
    public async Task Content_type_filters_accept_several_aliases_and_negation_and_repeated_filters_all_apply()
    {
        var parent = await host.Document("Mixed section").PublishAsync();
        var page = await host.Document("Mixed page", parentId: parent.Id).PublishAsync();
        var group = await host.Document("Mixed group", type: "selfHelpGroup", parentId: parent.Id).PublishAsync();
        var workshop = await host.Document("Mixed workshop", type: "workshop", parentId: parent.Id).PublishAsync();
        var children = $"/content?fetch=children:{parent.Key}";

        Assert.Equal([group.Key], await _api.KeysAsync(children + "&filter=contentType:selfHelpGroup"));
        Assert.Equal([group.Key, workshop.Key], await _api.KeysAsync(children + "&filter=contentType:selfHelpGroup,workshop"));
        Assert.Equal([page.Key, workshop.Key], await _api.KeysAsync(children + "&filter=contentType:!selfHelpGroup"));
        Assert.Equal([workshop.Key], await _api.KeysAsync(children + "&filter=contentType:!selfHelpGroup&filter=contentType:!contentPage"));
    }

    [Fact]
    public async Task The_name_filter_matches_words_of_the_name_in_the_culture()
    {
        var parent = await host.Document("Name filter section", "名稱篩選").PublishAsync();
        var carers = await host.Document("Carers support circle", "照顧者支援圈", parentId: parent.Id).PublishAsync();
        await host.Document("Parents evening", "家長晚會", parentId: parent.Id).PublishAsync();
        var children = $"/content?fetch=children:{parent.Key}";

        Assert.Equal([carers.Key], await _api.KeysAsync(children + "&filter=name:support"));
        Assert.Equal([carers.Key], await _api.KeysAsync(children + "&filter=name:carers support"));
        Assert.Equal([carers.Key], await _api.KeysAsync(children + "&filter=" + Uri.EscapeDataString("name:照顧者"), ("Accept-Language", Chinese)));
        Assert.DoesNotContain(carers.Key, await _api.KeysAsync(children + "&filter=name:!carers"));
    }

    [Fact]
    public async Task Sorts_order_by_name_and_sort_order_either_way_and_combine()
    {
        var parent = await host.Document("Sorted section").PublishAsync();
        var b = await host.Document("Beta sorted", parentId: parent.Id).PublishAsync();
        var a = await host.Document("alpha sorted", parentId: parent.Id).PublishAsync();
        var c = await host.Document("Gamma sorted", parentId: parent.Id).PublishAsync();
        var children = $"/content?fetch=children:{parent.Key}";

        Assert.Equal([a.Key, b.Key, c.Key], await _api.KeysAsync(children + "&sort=name:asc"));
        Assert.Equal([c.Key, b.Key, a.Key], await _api.KeysAsync(children + "&sort=name:desc"));
        Assert.Equal([c.Key, a.Key, b.Key], await _api.KeysAsync(children + "&sort=sortOrder:desc"));
        Assert.Equal([b.Key, a.Key, c.Key], await _api.KeysAsync(children + "&sort=level:asc&sort=sortOrder:asc"));
        Assert.Equal([b.Key, a.Key, c.Key], await _api.KeysAsync(children + "&sort=createDate:asc"));
        Assert.Equal([c.Key, a.Key, b.Key], await _api.KeysAsync(children + "&sort=updateDate:desc"));
    }

    [Fact]
    public async Task Date_filters_use_Umbracos_range_operators()
    {
        var parent = await host.Document("Dated section").PublishAsync();
        var page = await host.Document("Dated page", parentId: parent.Id).PublishAsync();
        var children = $"/content?fetch=children:{parent.Key}";
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd");

        Assert.Equal([page.Key], await _api.KeysAsync(children + $"&filter=createDate>{yesterday}&filter=createDate<{tomorrow}"));
        Assert.Equal([page.Key], await _api.KeysAsync(children + $"&filter=updateDate>:{yesterday}"));
        Assert.Empty(await _api.KeysAsync(children + $"&filter=createDate<:{yesterday}"));
        Assert.Empty(await _api.KeysAsync(children + "&filter=createDate>not-a-date"));
    }

    [Fact]
    public async Task Domain_filters_find_groups_by_topic_district_language_and_openness()
    {
        var parent = await host.Document("Directory").PublishAsync();
        var open = await host.Document("Open carers group", type: "selfHelpGroup", parentId: parent.Id)
            .WithInvariant("topics", new[] { "carers" }).WithInvariant("districts", new[] { "shamShuiPo", "shaTin" })
            .WithInvariant("languages", new[] { "cantonese" }).WithInvariant("acceptingNewMembers", true).PublishAsync();
        var closed = await host.Document("Closed grief group", type: "selfHelpGroup", parentId: parent.Id)
            .WithInvariant("topics", new[] { "grief" }).WithInvariant("districts", new[] { "wanChai" })
            .WithInvariant("languages", new[] { "english", "cantonese" }).PublishAsync();
        var children = $"/content?fetch=children:{parent.Key}";

        Assert.Equal([open.Key], await _api.KeysAsync(children + "&filter=topic:carers"));
        Assert.Equal([open.Key, closed.Key], await _api.KeysAsync(children + "&filter=topic:carers,grief"));
        Assert.Equal([open.Key], await _api.KeysAsync(children + "&filter=district:shaTin"));
        Assert.Equal([closed.Key], await _api.KeysAsync(children + "&filter=district:!shamShuiPo"));
        Assert.Equal([open.Key, closed.Key], await _api.KeysAsync(children + "&filter=language:cantonese"));
        Assert.Equal([open.Key], await _api.KeysAsync(children + "&filter=acceptingNewMembers:true"));
        Assert.Equal([closed.Key], await _api.KeysAsync(children + "&filter=acceptingNewMembers:false&filter=language:english"));
    }

    [Fact]
    public async Task Upcoming_workshops_filter_and_sort_by_start_and_stories_by_group_and_stage()
    {
        var parent = await host.Document("Workshops and stories").PublishAsync();
        var past = await host.Document("Past workshop", type: "workshop", parentId: parent.Id).WithInvariant("startsAt", "2020-03-01T10:00:00Z")
            .WithInvariant("district", new[] { "wanChai" }).WithInvariant("language", new[] { "english" }).PublishAsync();
        var later = await host.Document("Later workshop", type: "workshop", parentId: parent.Id).WithInvariant("startsAt", "2199-06-01T10:00:00Z").PublishAsync();
        var sooner = await host.Document("Sooner workshop", type: "workshop", parentId: parent.Id).WithInvariant("startsAt", "2199-01-01T10:00:00Z").PublishAsync();
        var group = await host.Document("Story subject group", type: "selfHelpGroup", parentId: parent.Id).PublishAsync();
        var story = await host.Document("Forming story", type: "story", parentId: parent.Id).WithInvariant("consentStatus", new[] { "given" })
            .WithInvariant("group", new[] { group.Key.ToString() }).WithInvariant("developmentStage", new[] { "forming" }).PublishAsync();
        var children = $"/content?fetch=children:{parent.Key}";

        Assert.Equal([sooner.Key, later.Key], await _api.KeysAsync(children + "&filter=startsAt>:now&sort=startsAt:asc"));
        Assert.Equal([later.Key, sooner.Key, past.Key], await _api.KeysAsync(children + "&filter=contentType:workshop&sort=startsAt:desc"));
        Assert.Equal([past.Key], await _api.KeysAsync(children + "&filter=startsAt<2021-01-01&filter=district:wanChai&filter=language:english"));
        Assert.Equal([story.Key], await _api.KeysAsync(children + $"&filter=group:{group.Key}"));
        Assert.Equal([story.Key], await _api.KeysAsync(children + "&filter=developmentStage:forming"));
        Assert.Empty(await _api.KeysAsync(children + "&filter=developmentStage:renewing"));
    }

    [Fact]
    public async Task A_start_item_without_fetch_queries_that_roots_descendants_and_the_culture_decides_what_is_there()
    {
        var root = await host.Document("Query root", "查詢根", type: "home", parentId: ContentItem.RootId).PublishAsync();
        var both = await host.Document("In both", "兩種語言", parentId: root.Id).PublishAsync();
        var english = await host.Document("English only", "只有英文", parentId: root.Id).PublishAsync(English);

        var englishResult = await _api.JsonAsync("/content", ("Start-Item", "query-root"));
        var chineseResult = await _api.JsonAsync("/content", ("Start-Item", root.Key.ToString()), ("Accept-Language", Chinese));

        Assert.Equal([both.Key, english.Key], englishResult.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal([both.Key], chineseResult.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal("兩種語言", chineseResult.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("fetch=parents:abc", "Selector option not found", "The attempted 'fetch' option does not exist")]
    [InlineData("filter=colour:red", "Filter option not found", "One of the attempted 'filter' options does not exist")]
    [InlineData("sort=colour:asc", "Sort option not found", "One of the attempted 'sort' options does not exist")]
    public async Task An_unknown_query_option_answers_400_with_Umbracos_problem_details(string query, string title, string detail)
    {
        var response = await _api.GetAsync("/content?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Error", problem.GetProperty("type").GetString());
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Query_items_honour_expand_and_fields()
    {
        var parent = await host.Document("Expand in query").PublishAsync();
        var target = await host.Document("Query target").With("title", "Target title").PublishAsync();
        await host.Document("Query picker", parentId: parent.Id).With("title", "Picker").WithInvariant("related", new[] { target.Key.ToString() }).PublishAsync();

        var item = (await _api.JsonAsync($"/content?fetch=children:{parent.Key}&expand=properties[related]&fields=properties[related]")).GetProperty("items")[0];

        Assert.Equal(["related"], item.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal("Target title", item.GetProperty("properties").GetProperty("related")[0].GetProperty("properties").GetProperty("title").GetString());
    }
}
