using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Search;

/// <summary>The OpenAPI document of our own APIs documents the search endpoints, their parameters and their answers.</summary>
public sealed class SearchOpenApiTests(SiteHost site) : IClassFixture<SiteHost>
{
    private readonly HttpClient _client = site.Client();

    [Fact]
    public async Task The_document_describes_search_and_suggest_with_their_parameters_and_answers()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/selfhelp.json");

        var paths = document.GetProperty("paths");
        Assert.Equal(["/api/search", "/api/search/suggest"], paths.EnumerateObject().Select(p => p.Name).Order());
        var search = paths.GetProperty("/api/search").GetProperty("get");
        Assert.Equal(["q", "culture", "type", "topic", "district", "page", "pageSize"], search.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(["200", "400", "503"], search.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
        var pageSize = search.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "pageSize").GetProperty("schema");
        Assert.Equal(("integer", 50), (pageSize.GetProperty("type").GetString(), pageSize.GetProperty("maximum").GetInt32()));
        var suggestQ = paths.GetProperty("/api/search/suggest").GetProperty("get").GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "q");
        Assert.True(suggestQ.GetProperty("required").GetBoolean());
        var item = document.GetProperty("components").GetProperty("schemas").GetProperty("SearchResponseItem").GetProperty("properties");
        Assert.Equal(["id", "snippet", "title", "type", "typeLabel", "url"], item.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task Only_our_own_document_is_served_at_its_address()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/openapi/delivery.json")).StatusCode);
    }

    [Fact]
    public async Task The_Delivery_API_document_keeps_its_own_endpoints_beside_ours()
    {
        var delivery = await _client.GetFromJsonAsync<JsonElement>("/umbraco/swagger/delivery/swagger.json");

        var paths = delivery.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.StartsWith("/umbraco/delivery/api/v2/", path));
    }
}
