using System.Net;
using System.Text.RegularExpressions;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Search;

/// <summary>The search page in both languages, used as a browser without JavaScript would: plain GETs and links.</summary>
public sealed partial class SearchPageTests(DemoSiteHost site) : IClassFixture<DemoSiteHost>
{
    private readonly SearchClient _search = new(site);

    [Theory]
    [InlineData("/search/", "lang=\"en\"", "<h1>Search</h1>", "<label for=\"search-q\">Search for</label>", "action=\"/search/\"")]
    [InlineData("/zh-hk/search/", "lang=\"zh-Hant-HK\"", "<h1>搜尋</h1>", "<label for=\"search-q\">搜尋字詞</label>", "action=\"/zh-hk/search/\"")]
    public async Task The_search_page_offers_a_labelled_search_form_in_each_language(string path, string lang, string heading, string label, string action)
    {
        var (status, html) = await _search.PageAsync(path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(lang, html);
        Assert.Contains(heading, html);
        Assert.Contains(label, html);
        Assert.Contains($"<form class=\"search-form\" role=\"search\" method=\"get\" {action}", html);
        Assert.Contains("<input id=\"search-q\" type=\"search\" name=\"q\"", html);
        Assert.DoesNotContain("search-count", html);
        // The page is the search form: the header's box would be a second one.
        Assert.DoesNotContain("site-search", html);
    }

    [Fact]
    public async Task A_plain_GET_shows_the_results_with_marked_snippets_and_their_count()
    {
        var api = await _search.SearchAsync("q=volunteering");

        var (status, html) = await _search.PageAsync("/search/?q=volunteering");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"{api.Total} results for “volunteering”", html);
        Assert.Contains($"<title>{api.Total} results for “volunteering” · Search · SelfHelp Hong Kong</title>", html);
        Assert.Contains("role=\"status\"", html);
        Assert.Contains("<h3><a href=\"/guidance/working-with-volunteers/\">Working with volunteers</a></h3>", html);
        Assert.Contains("<mark>volunteers</mark>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("value=\"volunteering\"", html);
    }

    [Fact]
    public async Task The_Chinese_page_searches_Chinese_content_and_links_to_Chinese_pages()
    {
        var (status, html) = await _search.PageAsync("/zh-hk/search/?q=" + Uri.EscapeDataString("照顧者"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("找到 \\d+ 項與「照顧者」相關的結果", html);
        Assert.Contains("<a href=\"/zh-hk/尋找小組/深水埗照顧者互助小組/\">深水埗照顧者互助小組</a>", html);
        Assert.Contains("<mark>照顧者</mark>", html);
        Assert.Contains("<h3 id=\"facet-topic\">主題</h3>", html);
    }

    [Fact]
    public async Task A_facet_link_filters_by_its_value_keeps_the_words_and_finds_as_many_as_it_counted()
    {
        var (_, html) = await _search.PageAsync("/search/?q=group");
        var facet = FacetLink().Matches(html).Single(m => m.Groups["label"].Value == "Carers");

        var (status, filtered) = await _search.PageAsync(WebUtility.HtmlDecode(facet.Groups["href"].Value));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"{facet.Groups["count"].Value} results for “group”", filtered);
        Assert.Contains("value=\"group\"", filtered);
        Assert.Contains("<input type=\"hidden\" name=\"topic\" value=\"carers\">", filtered);
        Assert.Contains("<span class=\"visually-hidden\">Remove filter: </span>Carers", filtered);
    }

    [Fact]
    public async Task Page_links_lead_to_the_next_page_of_results()
    {
        var (_, html) = await _search.PageAsync("/search/?q=group");
        var next = NextLink().Match(html);
        Assert.True(next.Success, "No link to the next page.");

        var (status, second) = await _search.PageAsync(WebUtility.HtmlDecode(next.Groups["href"].Value));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("Page 2 of \\d+", second);
        Assert.Contains("aria-current=\"page\"><span class=\"visually-hidden\">Page 2</span>", second);
        Assert.Contains("<ol class=\"search-hits\" start=\"11\">", second);
        Assert.Contains("rel=\"prev\">Previous</a>", second);
    }

    [Fact]
    public async Task A_search_that_finds_nothing_says_so_and_suggests_what_to_try()
    {
        var (status, html) = await _search.PageAsync("/search/?q=Tuen+Mu&topic=carers");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("No results for “Tuen Mu”", html);
        Assert.Contains("Check the spelling, or use fewer or more general words.", html);
        Assert.Contains("<a href=\"/search/?q=Tuen%20Mu\">Search everything for “Tuen Mu”</a>", html);
        Assert.Contains("<a href=\"/zh-hk/search/?q=Tuen%20Mu&amp;topic=carers\">Search in 繁體中文</a>", html);
        Assert.Contains("<a href=\"/districts/tuen-mun/\">Tuen Mun</a>", html);
    }

    [Fact]
    public async Task A_Chinese_search_that_finds_nothing_says_so_in_Chinese()
    {
        var (status, html) = await _search.PageAsync("/zh-hk/search/?q=xyzzy");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("找不到與「xyzzy」相關的結果", html);
        Assert.Contains("改以English搜尋", html);
    }

    [Fact]
    public async Task A_malformed_search_is_explained_beside_the_box_with_a_400()
    {
        var (status, html) = await _search.PageAsync("/search/?q=%22self-help");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<div id=\"search-problem\" class=\"search-problem\" role=\"alert\">", html);
        Assert.Contains("close any quotation mark you opened", html);
        Assert.Contains("aria-describedby=\"search-problem search-hint\" aria-invalid=\"true\"", html);
        Assert.Contains("value=\"&quot;self-help\"", html);
    }

    [Fact]
    public async Task The_language_switcher_offers_the_same_search_in_the_other_language()
    {
        var (_, html) = await _search.PageAsync("/search/?q=group&district=shamShuiPo");

        Assert.Contains("<a href=\"/zh-hk/search/?q=group&amp;district=shamShuiPo\" hreflang=\"zh-Hant-HK\" lang=\"zh-Hant-HK\">繁體中文</a>", html);
    }

    [Theory]
    [InlineData("/", "action=\"/search/\"", "<label for=\"home-search-q\">Search for</label>")]
    [InlineData("/zh-hk/", "action=\"/zh-hk/search/\"", "<label for=\"home-search-q\">搜尋字詞</label>")]
    public async Task The_home_page_has_a_search_form_for_its_language(string path, string action, string label)
    {
        var html = await _search.Http.GetStringAsync(path);

        Assert.Contains($"<form role=\"search\" method=\"get\" {action} aria-labelledby=\"home-search-heading\">", html);
        Assert.Contains(label, html);
    }

    [Theory]
    [InlineData("/find-a-group/", "/search/", "Search the site")]
    [InlineData("/zh-hk/詞彙表/", "/zh-hk/search/", "搜尋本網站")]
    [InlineData("/no-such-page/", "/search/", "Search the site")]
    public async Task Every_page_has_a_search_box_in_its_header(string path, string action, string label)
    {
        var html = await (await _search.Http.GetAsync(path)).Content.ReadAsStringAsync();

        Assert.Contains($"<form class=\"site-search\" role=\"search\" method=\"get\" action=\"{action}\" aria-label=\"{label}\">", html);
        Assert.Contains($"<label for=\"site-search-q\" class=\"visually-hidden\">{label}</label>", html);
    }

    [GeneratedRegex("<a href=\"(?<href>/search/\\?[^\"]*topic=[^\"]*)\">(?<label>[^<]+)<span class=\"visually-hidden\">, (?<count>\\d+) results?</span>")]
    private static partial Regex FacetLink();

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\" rel=\"next\">")]
    private static partial Regex NextLink();
}
