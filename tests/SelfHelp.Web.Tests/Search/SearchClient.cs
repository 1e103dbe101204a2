using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Web.Search;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Search;

/// <summary>Asks the real host's search API and page, once everything queued for indexing is searchable.</summary>
public sealed class SearchClient(TempSiteHost host)
{
    private readonly HttpClient _client = host.Client();

    public HttpClient Http => _client;

    /// <summary>Waits until every change queued so far is searchable (the host indexes in the background).</summary>
    public Task IndexedAsync() => host.Services.GetRequiredService<ISearchIndexRebuilder>().WaitForPendingAsync();

    public async Task<SearchResponse> SearchAsync(string queryString)
    {
        await IndexedAsync();
        var response = await _client.GetAsync("/api/search?" + queryString);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<SearchResponse>())!;
    }

    public async Task<IReadOnlyList<string>> TitlesAsync(string queryString) =>
        (await SearchAsync(queryString)).Items.Select(i => i.Title).ToList();

    public async Task<SuggestResponse> SuggestAsync(string queryString)
    {
        await IndexedAsync();
        var response = await _client.GetAsync("/api/search/suggest?" + queryString);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<SuggestResponse>())!;
    }

    /// <summary>The search page's HTML at a path such as <c>/search/?q=group</c>, with its status.</summary>
    public async Task<(HttpStatusCode Status, string Html)> PageAsync(string pathAndQuery)
    {
        await IndexedAsync();
        var response = await _client.GetAsync(pathAndQuery);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The body of a 400 answer as JSON, after checking it is a ProblemDetails.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
