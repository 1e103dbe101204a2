using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Search;

/// <summary><c>GET /api/search</c> and <c>/api/search/suggest</c> on the demo site, in both languages.</summary>
public sealed class SearchApiTests(DemoSiteHost site) : IClassFixture<DemoSiteHost>
{
    private readonly SearchClient _search = new(site);

    [Fact]
    public async Task An_English_word_finds_pages_that_use_it_in_another_form()
    {
        var results = await _search.SearchAsync("q=volunteering");

        var guidance = Assert.Single(results.Items, i => i.Title == "Working with volunteers" && i.Type == "guidanceArticle");
        Assert.Contains("<mark>volunteers</mark>", guidance.Snippet, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("en-US", results.Culture);
        Assert.Equal("volunteering", results.Query);
    }

    [Fact]
    public async Task A_Chinese_word_is_found_inside_longer_unsegmented_text()
    {
        var results = await _search.SearchAsync("q=照顧者&culture=zh-HK");

        var titles = results.Items.Select(i => i.Title).ToList();
        Assert.Contains("深水埗照顧者互助小組", titles);
        Assert.Contains("大埔認知障礙症照顧者茶聚", titles);
        Assert.Contains("<mark>照顧者</mark>", Assert.Single(results.Items, i => i.Title == "深水埗照顧者互助小組").Snippet);
    }

    [Fact]
    public async Task Results_link_to_their_page_on_the_site_in_the_searched_language()
    {
        var results = await _search.SearchAsync("q=互助小組&culture=zh-hk&type=selfHelpGroup&district=shamShuiPo");

        var group = Assert.Single(results.Items);
        Assert.Equal("zh-HK", results.Culture);
        Assert.Equal("/zh-hk/尋找小組/深水埗照顧者互助小組/", group.Url);
        Assert.Equal("自助小組", group.TypeLabel);
        var page = await _search.Http.GetStringAsync(group.Url);
        Assert.Contains("深水埗照顧者互助小組", page);
    }

    [Fact]
    public async Task A_topic_filter_finds_as_many_items_as_its_facet_counted()
    {
        var all = await _search.SearchAsync("q=group");
        var carers = Assert.Single(all.Facets["topic"], f => f.Value == "carers");

        var filtered = await _search.SearchAsync("q=group&topic=carers");

        Assert.Equal(carers.Count, filtered.Total);
        Assert.True(filtered.Total < all.Total);
        Assert.True(Assert.Single(filtered.Facets["topic"], f => f.Value == "carers").Selected);
    }

    [Fact]
    public async Task A_type_filter_keeps_that_type_only_and_its_facet_counts_it()
    {
        var all = await _search.SearchAsync("q=group");
        var stories = Assert.Single(all.Facets["type"], f => f.Value == "story");

        var filtered = await _search.SearchAsync("q=group&type=story&pageSize=50");

        Assert.Equal(stories.Count, filtered.Total);
        Assert.All(filtered.Items, i => Assert.Equal("story", i.Type));
        Assert.Equal([("story", stories.Count)], filtered.Facets["type"].Select(f => (f.Value, f.Count)));
    }

    [Fact]
    public async Task Filter_values_may_be_repeated_or_comma_separated_and_any_of_them_matches()
    {
        var repeated = await _search.SearchAsync("district=kwunTong&district=shaTin&pageSize=50");
        var commas = await _search.SearchAsync("district=kwunTong,shaTin&pageSize=50");
        var kwunTong = await _search.SearchAsync("district=kwunTong");
        var shaTin = await _search.SearchAsync("district=shaTin");

        Assert.Equal(repeated.Items.Select(i => i.Id).Order(), commas.Items.Select(i => i.Id).Order());
        Assert.True(repeated.Total > Math.Max(kwunTong.Total, shaTin.Total));
        Assert.Equal(kwunTong.Total + shaTin.Total, repeated.Total);
    }

    [Fact]
    public async Task Facets_are_labelled_from_the_dictionary_in_the_searched_language()
    {
        var chinese = await _search.SearchAsync("q=小組&culture=zh-HK&district=shamShuiPo");
        var english = await _search.SearchAsync("q=group&district=shamShuiPo");

        Assert.Equal(("shamShuiPo", "深水埗區"), Labelled(Assert.Single(chinese.Facets["district"])));
        Assert.Equal(("shamShuiPo", "Sham Shui Po"), Labelled(Assert.Single(english.Facets["district"])));
        Assert.Contains(("carers", "照顧者"), chinese.Facets["topic"].Select(Labelled));
        Assert.Contains(("carers", "Carers"), english.Facets["topic"].Select(Labelled));
        Assert.Contains(("selfHelpGroup", "自助小組"), chinese.Facets["type"].Select(Labelled));
        Assert.Contains(("selfHelpGroup", "Self-help group"), english.Facets["type"].Select(Labelled));
    }

    [Fact]
    public async Task Pages_of_results_follow_on_from_each_other()
    {
        var first = await _search.SearchAsync("q=group&pageSize=5");
        var second = await _search.SearchAsync("q=group&pageSize=5&page=2");
        var all = await _search.SearchAsync("q=group&pageSize=10");

        Assert.Equal(5, first.Items.Count);
        Assert.Equal((first.Total + 4) / 5, first.TotalPages);
        Assert.Empty(first.Items.Select(i => i.Id).Intersect(second.Items.Select(i => i.Id)));
        Assert.Equal(all.Items.Select(i => i.Id), first.Items.Concat(second.Items).Select(i => i.Id));
        Assert.Empty((await _search.SearchAsync($"q=group&pageSize=5&page={first.TotalPages + 1}")).Items);
    }

    [Fact]
    public async Task A_page_size_above_the_maximum_is_cut_to_it()
    {
        var results = await _search.SearchAsync("pageSize=1000");

        Assert.Equal(50, results.PageSize);
        Assert.Equal(50, results.Items.Count);
        Assert.True(results.Total > 50);
    }

    [Fact]
    public async Task Suggestions_complete_the_word_being_typed_in_each_language()
    {
        var english = await _search.SuggestAsync("q=tuen%20mu");
        var chinese = await _search.SuggestAsync("q=照顧&culture=zh-HK");

        Assert.NotEmpty(english.Items);
        Assert.All(english.Items, i => Assert.Contains("Tuen Mun", i.Title));
        Assert.Contains(english.Items, i => i.Url == "/districts/tuen-mun/" && i.TypeLabel == "District");
        Assert.NotEmpty(chinese.Items);
        Assert.All(chinese.Items, i => Assert.Contains("照顧", i.Title));
        Assert.All(chinese.Items, i => Assert.StartsWith("/zh-hk/", i.Url));
    }

    private static (string Value, string Label) Labelled(Web.Search.SearchFacetValue facet) => (facet.Value, facet.Label);
}
