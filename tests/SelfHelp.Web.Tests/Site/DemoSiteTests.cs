using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Site;

/// <summary>What a newcomer sees on first run: the shipped configuration imported and the demo content served in both languages.</summary>
public sealed class DemoSiteTests(DemoSiteHost site) : IClassFixture<DemoSiteHost>
{
    [Theory]
    [InlineData("/", "People who have been there, helping each other", "lang=\"en\"")]
    [InlineData("/zh-hk/", "過來人，互相扶持", "lang=\"zh-Hant-HK\"")]
    public async Task The_home_page_shows_the_demo_content_in_each_language(string path, string heroTitle, string lang)
    {
        var response = await site.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(heroTitle, html);
        Assert.Contains(lang, html);
    }

    [Theory]
    [InlineData("/find-a-group/", "Find a group")]
    [InlineData("/zh-hk/尋找小組/", "尋找小組")]
    [InlineData("/districts/", "Districts")]
    [InlineData("/zh-hk/詞彙表/", "詞彙表")]
    public async Task The_sections_of_the_demo_site_answer_in_their_language(string path, string expected)
    {
        var response = await site.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_site_reports_healthy_once_seeded()
    {
        await site.Services.GetRequiredService<ISearchIndexRebuilder>().WaitForPendingAsync(); // a fresh index is Degraded until built
        var response = await site.Client().GetAsync("/healthz");

        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
