using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SelfHelp.Core.Content;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Web.Api;
using SelfHelp.Core.Vocabulary;

namespace SelfHelp.Web.Search.Api;

/// <summary>The handlers of <c>GET /api/search</c> and <c>GET /api/search/suggest</c>: typed results, problems as 400 ProblemDetails.</summary>
internal static class SearchApiEndpoints
{
    // Chinese stays readable in the JSON; characters that matter in HTML (<, >, &) are still escaped.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static RouteGroupBuilder MapSearchEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("", SearchAsync)
            .WithName("Search")
            .WithSummary("Search the public site")
            .WithDescription("Free text in English or Chinese (words must all match, in any form: \"groups\" finds \"group\"; " +
                "\"quoted phrases\"; -word leaves a word out), filtered by type and the site's facets (topic, district, ...), with facet counts and " +
                "highlighted snippets. Only published content the public may see is ever searched.")
            .Produces<SearchResponse>(StatusCodes.Status200OK);
        group.MapGet("suggest", SuggestAsync)
            .WithName("SuggestSearch")
            .WithSummary("Suggestions for search-as-you-type")
            .WithDescription("Public pages whose name in the culture contains the words typed so far (the last one may be unfinished).")
            .Produces<SuggestResponse>(StatusCodes.Status200OK);
        return group;
    }

    private static async Task<Results<JsonHttpResult<SearchResponse>, ValidationProblem, ApiProblem<Status503ServiceUnavailable>>> SearchAsync(
        [AsParameters] SearchApiQuery query, SiteSearch search, ISearchReadiness readiness, ISiteVocabulary vocabulary, HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!readiness.IsReady())
        {
            return Preparing(request.HttpContext.Response);
        }
        var input = query.ToInput() with { Facets = SearchInput.FacetsFrom(request.Query, vocabulary.SearchFacets) };
        var result = await search.SearchAsync(input, request.PathBase, cancellationToken);
        return result.Succeeded ? TypedResults.Json(result.Value!, Json) : Problem(result);
    }

    private static async Task<Results<JsonHttpResult<SuggestResponse>, ValidationProblem, ApiProblem<Status503ServiceUnavailable>>> SuggestAsync(
        [FromQuery, Description("The text typed so far, e.g. `self-he` or `自助`.")] string? q,
        [FromQuery, Description("The language to search: `en-US` (the default) or `zh-HK`.")] string? culture,
        SiteSearch search, ISearchReadiness readiness, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!readiness.IsReady())
        {
            return Preparing(request.HttpContext.Response);
        }
        var result = await search.SuggestAsync(q, culture, request.PathBase, cancellationToken);
        return result.Succeeded ? TypedResults.Json(result.Value!, Json) : Problem(result);
    }

    /// <summary>
    /// A 503 while the index is rebuilt after being found missing or damaged: "found nothing" would be a wrong answer,
    /// and a rebuild takes seconds, so clients are told when to ask again.
    /// </summary>
    private static ApiProblem<Status503ServiceUnavailable> Preparing(HttpResponse response)
    {
        response.Headers.RetryAfter = RetryAfterSeconds;
        return ApiProblems.NotReady("Search is being prepared.", "The search index is being rebuilt. Try again in a few seconds.");
    }

    internal const string RetryAfterSeconds = "5";

    /// <summary>A 400 naming each parameter at fault and what is wrong with it.</summary>
    private static ValidationProblem Problem(OperationResult result) => ApiProblems.Invalid(result, "The search request is not valid.");
}

/// <summary>
/// The fixed part of the query string of <c>GET /api/search</c>; each facet the search offers is read by its key from the
/// query string and documented by <see cref="SearchApiOpenApi"/>.
/// </summary>
internal sealed class SearchApiQuery
{
    [FromQuery(Name = "q")]
    [Description("The search text, in English or Chinese: words, \"quoted phrases\", -excluded words. Leave it out to list everything the filters match, newest first.")]
    public string? Q { get; init; }

    [FromQuery(Name = "culture")]
    [Description("The language to search and answer in: `en-US` (the default) or `zh-HK`.")]
    public string? Culture { get; init; }

    [FromQuery(Name = "type")]
    [Description("Content type aliases (`story`, `selfHelpGroup`, `guidanceArticle`, ...). Repeat the parameter or separate values with commas: any of them matches.")]
    public string[]? Type { get; init; }

    [FromQuery(Name = "page")]
    [Description("The page of results, from 1 (the default).")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    [Description("Results per page; sizes above the maximum are cut to it.")]
    public string? PageSize { get; init; }

    public SearchInput ToInput() => new()
    {
        Q = Q,
        Culture = Culture,
        Types = Type ?? [],
        Page = Page,
        PageSize = PageSize,
    };
}
