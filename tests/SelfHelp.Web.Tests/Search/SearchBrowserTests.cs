using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Search;

/// <summary>The demo site on a real Kestrel port on loopback, so a browser can reach it.</summary>
public sealed class KestrelDemoSiteHost : DemoSiteHost
{
    protected override bool OnKestrel => true;
}

/// <summary>The search page in Chromium: with JavaScript off it still does everything; with it on, suggestions appear; axe finds nothing.</summary>
public sealed class SearchBrowserTests(KestrelDemoSiteHost host) : IClassFixture<KestrelDemoSiteHost>
{
    private readonly SearchClient _search = new(host);

    [Fact]
    public async Task Without_JavaScript_a_visitor_searches_from_the_home_page_filters_and_pages()
    {
        await _search.IndexedAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { JavaScriptEnabled = false });
        await page.GotoAsync(host.BaseAddress + "/");

        await page.GetByLabel("Search for").FillAsync("group");
        await page.GetByLabel("Search for").PressAsync("Enter");
        await page.WaitForURLAsync("**/search/?q=group");
        var count = await page.InnerTextAsync("#search-count");
        Assert.Matches("^\\d+ results for “group”", count);

        await page.Locator(".search-facet a", new() { HasTextString = "Carers" }).First.ClickAsync();
        await page.WaitForURLAsync("**/search/?q=group&topic=carers");
        // What a screen reader announces for the filter in use (Chromium puts a space before the hidden ", 2 results").
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Remove filter: Carers ?, \\d+ results?$") }).CountAsync());

        await page.GetByLabel("Search for").FillAsync("support");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/search/?q=support&topic=carers");
        Assert.Matches("^\\d+ results? for “support”", await page.InnerTextAsync("#search-count"));
    }

    [Fact]
    public async Task Typing_in_the_search_box_offers_pages_whose_names_match()
    {
        await _search.IndexedAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(host.BaseAddress + "/search/");

        await page.GetByLabel("Search for").PressSequentiallyAsync("tuen mu");
        var suggestion = page.Locator("#search-suggestions a", new() { HasTextString = "Tuen Mun" }).First;
        await suggestion.WaitForAsync();
        Assert.Equal("3 suggestions", await page.InnerTextAsync("#search-suggestions p"));
        await page.Locator("#search-suggestions a", new() { HasTextString = "Tuen Mun" }).Filter(new() { HasTextRegex = new("^Tuen Mun$") }).ClickAsync();

        await page.WaitForURLAsync("**/districts/tuen-mun/");
    }

    [Theory]
    [InlineData("/search/?q=group")]
    [InlineData("/search/?q=group&topic=carers&page=1")]
    [InlineData("/zh-hk/search/?q=%E7%85%A7%E9%A1%A7%E8%80%85")]
    [InlineData("/zh-hk/search/?q=xyzzy")]
    [InlineData("/search/?q=%22self-help")]
    [InlineData("/")]
    public async Task Axe_finds_no_accessibility_problems_on_search_pages(string path)
    {
        await _search.IndexedAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(host.BaseAddress + path);

        var results = await page.RunAxe();

        Assert.Empty(results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
    }
}
