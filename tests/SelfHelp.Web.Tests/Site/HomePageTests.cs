using System.Net;
using System.Text.RegularExpressions;
using SelfHelp.Web.Tests.Testing;
using static SelfHelp.Web.Tests.Testing.SiteSchema;

namespace SelfHelp.Web.Tests.Site;

public sealed partial class HomePageTests(SiteHost host) : IClassFixture<SiteHost>
{
    private readonly HttpClient _client = host.Client();

    [Fact]
    public async Task The_home_page_renders_in_English_at_the_root()
    {
        var response = await _client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains($"<h1>{SiteHost.HomeHeroTitle}</h1>", html);
        // The intro is staff's rich text: its markup is rendered, not shown as text.
        Assert.Contains("<p>Groups <strong>run by their members</strong>, for people facing the same challenge.</p>", html);
        Assert.Contains("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>", html);
        Assert.Contains("<main id=\"main\"", html);
    }

    [Fact]
    public async Task The_home_page_renders_in_Traditional_Chinese_under_zh_hk()
    {
        var response = await _client.GetAsync("/zh-hk/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"zh-Hant-HK\">", html);
        Assert.Contains($"<h1>{SiteHost.HomeHeroTitleChinese}</h1>", html);
        Assert.Contains("<p>由<strong>組員自己營運</strong>的小組，為面對相同挑戰的人而設。</p>", html);
        Assert.Contains(">跳至主要內容</a>", html);
        Assert.DoesNotContain(SiteHost.HomeHeroTitle, html);
    }

    [Fact]
    public async Task The_home_page_links_to_its_published_children_in_each_culture()
    {
        await host.Page("Self-help groups", "自助組織").PublishAsync();
        await host.Page("Unfinished draft", "未完成草稿").SaveAsync();

        var english = await _client.GetStringAsync("/");
        var chinese = await _client.GetStringAsync("/zh-hk/");

        Assert.Contains("<a href=\"/self-help-groups/\">Self-help groups</a>", english);
        Assert.Contains("<a href=\"/zh-hk/自助組織/\">自助組織</a>", chinese);
        Assert.DoesNotContain("Unfinished draft", english);
        Assert.DoesNotContain("未完成草稿", chinese);
    }

    [Fact]
    public async Task The_language_switcher_links_to_the_same_page_in_the_other_culture()
    {
        await host.Page("Guidance", "指引").PublishAsync();

        var english = await _client.GetStringAsync("/guidance/");
        var chinese = await _client.GetStringAsync("/zh-hk/指引/");

        Assert.Contains("<a href=\"/zh-hk/指引/\" hreflang=\"zh-Hant-HK\" lang=\"zh-Hant-HK\">繁體中文</a>", english);
        Assert.Contains("<a href=\"/guidance/\" hreflang=\"en\" lang=\"en\">English</a>", chinese);
    }

    [Fact]
    public async Task A_page_published_in_one_culture_offers_no_other_language()
    {
        await host.Page("English only", "只有英文").PublishAsync(English);

        var html = await _client.GetStringAsync("/english-only/");

        Assert.Contains("<h1>English only</h1>", html);
        Assert.DoesNotContain("language-switcher", html);
        Assert.DoesNotContain("hreflang", html);
    }

    [Fact]
    public async Task The_stylesheet_the_layout_links_to_is_served()
    {
        var html = await _client.GetStringAsync("/");
        var href = StylesheetLink().Match(html).Groups["href"].Value;

        var response = await _client.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(":lang(zh-Hant-HK)", await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex StylesheetLink();
}
