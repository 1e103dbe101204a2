using System.Text.Json;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Search;

/// <summary>Bad searches are answered with 400 and a ProblemDetails naming the parameter at fault, never with a 500.</summary>
public sealed class SearchApiProblemTests(SiteHost site) : IClassFixture<SiteHost>
{
    private readonly SearchClient _search = new(site);

    public static TheoryData<string, string> BadSearches() => new()
    {
        { "q=%22self-help", "q" },
        { "q=" + new string('a', 300), "q" },
        { "q=group&culture=fr-FR", "culture" },
        { "page=0", "page" },
        { "page=two", "page" },
        { "page=100000", "page" },
        { "pageSize=0", "pageSize" },
        { "pageSize=-5", "pageSize" },
        { "topic=mental%20health", "topic" },
        { "district=%3Cscript%3E", "district" },
        { "type=" + string.Join(",", Enumerable.Range(1, 21).Select(i => $"type{i}")), "type" },
    };

    [Theory]
    [MemberData(nameof(BadSearches))]
    public async Task A_bad_search_is_a_400_naming_the_parameter(string queryString, string parameter)
    {
        var problem = await SearchClient.ProblemAsync(await _search.Http.GetAsync("/api/search?" + queryString));

        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal("The search request is not valid.", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal([parameter], errors.EnumerateObject().Select(e => e.Name));
        Assert.False(string.IsNullOrWhiteSpace(errors.GetProperty(parameter)[0].GetString()));
    }

    [Fact]
    public async Task An_unclosed_quote_is_explained_to_whoever_typed_it()
    {
        var problem = await SearchClient.ProblemAsync(await _search.Http.GetAsync("/api/search?q=%22self-help"));

        Assert.Contains("quotation mark", problem.GetProperty("errors").GetProperty("q")[0].GetString());
        Assert.Contains("quotation mark", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Every_problem_in_one_search_is_named_at_once()
    {
        var problem = await SearchClient.ProblemAsync(await _search.Http.GetAsync("/api/search?culture=xx&page=abc&pageSize=0&topic=a%20b"));

        Assert.Equal(["culture", "page", "pageSize", "topic"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("q=%20%20", "q")]
    [InlineData("q=self&culture=de-DE", "culture")]
    public async Task A_bad_suggestion_request_is_a_400_naming_the_parameter(string queryString, string parameter)
    {
        var problem = await SearchClient.ProblemAsync(await _search.Http.GetAsync("/api/search/suggest?" + queryString));

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out JsonElement messages), $"No error for {parameter}.");
        Assert.NotEmpty(messages.EnumerateArray());
    }

    [Fact]
    public async Task Query_syntax_reaches_no_field_and_is_searched_as_text()
    {
        // Lucene syntax (fields, wildcards, ranges, boosts) would let a visitor reach into private fields or build
        // costly queries: it is plain text here, so it simply finds nothing.
        var results = await _search.SearchAsync("q=" + Uri.EscapeDataString("__Published:y OR releaseForm:* [a TO z]^4"));

        Assert.Empty(results.Items);
    }
}
