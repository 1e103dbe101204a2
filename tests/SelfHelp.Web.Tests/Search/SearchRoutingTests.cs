using System.Net;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Search;

/// <summary>Search on a site built by the test: the page's place among content URLs, and publishing seen by the API.</summary>
public sealed class SearchRoutingTests(SiteHost site) : IClassFixture<SiteHost>
{
    private readonly SearchClient _search = new(site);

    [Fact]
    public async Task A_content_page_named_search_below_another_page_is_still_the_sites()
    {
        var help = await site.Page("Help desk", "服務台").With("title", "Help desk", "服務台").PublishAsync();
        await site.Page("Search", "搜尋", parentId: help.Id).With("title", "Search tips for members", "會員搜尋貼士").PublishAsync();

        var (status, html) = await _search.PageAsync("/help-desk/search/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Search tips for members</h1>", html);
    }

    [Fact]
    public async Task The_default_language_has_no_prefixed_search_page()
    {
        var (status, _) = await _search.PageAsync("/en-us/search/");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task A_page_is_found_once_published_and_no_longer_once_unpublished()
    {
        Assert.Empty((await _search.SearchAsync("q=kookaburra")).Items);

        var page = await site.Page("Kookaburra meetings", "笑翠鳥聚會").With("title", "Kookaburra meetings", "笑翠鳥聚會").PublishAsync();
        var found = Assert.Single((await _search.SearchAsync("q=kookaburra")).Items);
        Assert.Equal(("Kookaburra meetings", "/kookaburra-meetings/"), (found.Title, found.Url));
        Assert.Equal("/zh-hk/笑翠鳥聚會/", Assert.Single((await _search.SearchAsync("q=翠鳥&culture=zh-HK")).Items).Url);

        PageBuilder.Succeeded(await site.Content.UnpublishAsync(page.Id));

        Assert.Empty((await _search.SearchAsync("q=kookaburra")).Items);
    }

    [Fact]
    public async Task Types_without_a_dictionary_label_are_labelled_with_their_name()
    {
        await site.Page("Platypus page").With("title", "Platypus page").PublishAsync(SiteSchema.English);

        var results = await _search.SearchAsync("q=platypus");

        Assert.Equal(("contentPage", "contentPage"), (results.Items[0].Type, results.Items[0].TypeLabel));
    }
}
