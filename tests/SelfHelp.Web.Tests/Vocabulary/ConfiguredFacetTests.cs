using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using SelfHelp.Web.Tests.Search;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Vocabulary;

/// <summary>
/// A taxonomy the site does not ship as a facet (a group's meeting format) added by configuration alone, with the
/// labels the uSync dictionary already has: it works in the Delivery API filter, the search API's filter and counts,
/// the search page's links and headings, and the OpenAPI document.
/// </summary>
public sealed class ConfiguredFacetTests(ConfiguredFacetTests.MeetingFormatSite site) : IClassFixture<ConfiguredFacetTests.MeetingFormatSite>
{
    private const string Delivery = "/umbraco/delivery/api/v2/content";
    private readonly SearchClient _search = new(site);

    /// <summary>The demo site with <c>meetingFormat</c> configured as a facet the public search offers.</summary>
    public sealed class MeetingFormatSite : DemoSiteHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("SelfHelp:Vocabulary:Facets:90:Key", "meetingFormat");
            builder.UseSetting("SelfHelp:Vocabulary:Facets:90:Properties:0", "meetingFormat");
            builder.UseSetting("SelfHelp:Vocabulary:Facets:90:Search", "true");
            builder.UseSetting("Umbraco:CMS:DeliveryApi:Enabled", "true");
            builder.UseSetting("Umbraco:CMS:DeliveryApi:PublicAccess", "true");
        }
    }

    [Fact]
    public async Task The_Delivery_API_filters_by_the_new_facet()
    {
        var groups = await DeliveryAsync("filter=contentType:selfHelpGroup&take=100&fields=properties[meetingFormat]");
        var hybrid = groups.EnumerateArray()
            .Where(g => g.GetProperty("properties").GetProperty("meetingFormat").GetString() == "hybrid")
            .Select(g => g.GetProperty("id").GetString()).Order().ToList();
        Assert.NotEmpty(hybrid);
        Assert.True(hybrid.Count < groups.GetArrayLength());

        var filtered = await DeliveryAsync("filter=meetingFormat:hybrid&take=100");

        Assert.Equal(hybrid, filtered.EnumerateArray().Select(g => g.GetProperty("id").GetString()).Order());
    }

    [Fact]
    public async Task The_search_API_counts_the_new_facet_with_dictionary_labels_and_filters_by_it()
    {
        var english = await _search.SearchAsync("type=selfHelpGroup");
        var chinese = await _search.SearchAsync("type=selfHelpGroup&culture=zh-HK");
        var hybrid = Assert.Single(english.Facets["meetingFormat"], f => f.Value == "hybrid");
        Assert.Equal("Hybrid", hybrid.Label);
        Assert.Equal("混合模式", Assert.Single(chinese.Facets["meetingFormat"], f => f.Value == "hybrid").Label);
        Assert.Equal(["type", "topic", "district", "meetingFormat"], english.Facets.Keys);

        var filtered = await _search.SearchAsync("type=selfHelpGroup&meetingFormat=hybrid");

        Assert.Equal(hybrid.Count, filtered.Total);
        Assert.True(Assert.Single(filtered.Facets["meetingFormat"]).Selected);
    }

    [Fact]
    public async Task The_search_page_heads_the_new_facet_and_links_its_values_in_each_language()
    {
        var (_, english) = await _search.PageAsync("/search/?type=selfHelpGroup");
        var (_, chinese) = await _search.PageAsync("/zh-hk/search/?type=selfHelpGroup");

        Assert.Contains("<h3 id=\"facet-meetingFormat\">Meeting format</h3>", english);
        Assert.Contains("<a href=\"/search/?type=selfHelpGroup&amp;meetingFormat=hybrid\">Hybrid<span", english);
        Assert.Contains("<h3 id=\"facet-meetingFormat\">聚會形式</h3>", chinese);
        Assert.Contains(">混合模式<span", chinese);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_new_facet_as_a_search_parameter()
    {
        var document = await _search.Http.GetFromJsonAsync<JsonElement>("/openapi/selfhelp.json");

        var parameters = document.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("parameters");
        Assert.Equal(["q", "culture", "type", "topic", "district", "meetingFormat", "page", "pageSize"],
            parameters.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    private async Task<JsonElement> DeliveryAsync(string query)
    {
        var body = await _search.Http.GetFromJsonAsync<JsonElement>($"{Delivery}?{query}");
        return body.GetProperty("items");
    }
}
