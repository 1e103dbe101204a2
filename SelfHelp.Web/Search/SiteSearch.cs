using Microsoft.Extensions.Options;
using SelfHelp.Core.Content;
using SelfHelp.Core.Languages;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Search;
using SelfHelp.Core.Search.Querying;
using SelfHelp.Core.Visibility;
using SelfHelp.Core.Vocabulary;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.Search;

/// <summary>
/// The public search, for the API and the search page alike: checks the input, searches ExternalIndex only, and
/// builds the response (site URLs with the culture prefix, facet labels from the dictionary). Problems come back
/// as <see cref="OperationStatus.ValidationFailed"/> keyed by query-string parameter.
/// </summary>
public sealed class SiteSearch(
    ISearchService search,
    SearchInputValidator validator,
    FacetLabels labels,
    ISiteVocabulary vocabulary,
    ILanguageService languages,
    IPublishedContentCache cache,
    IPublicVisibility visibility,
    IOptions<SearchOptions> options)
{
    // The engine names the search text "text"; the query string calls it "q".
    private static readonly Dictionary<string, string> ParameterOf = new(StringComparer.OrdinalIgnoreCase) { ["text"] = "q" };

    private readonly SearchOptions _options = options.Value;

    public async Task<OperationResult<SearchResponse>> SearchAsync(SearchInput input, PathString pathBase, CancellationToken cancellationToken)
    {
        var validated = await validator.ValidateAsync(input, cancellationToken);
        if (!validated.Succeeded)
        {
            return OperationResult<SearchResponse>.From(validated);
        }
        var request = validated.Value!;
        var searched = await search.SearchAsync(request, cancellationToken);
        if (!searched.Succeeded)
        {
            var errors = searched.Errors.Select(e => e with { Alias = ParameterOf.GetValueOrDefault(e.Alias, e.Alias) }).ToList();
            return OperationResult<SearchResponse>.From(OperationResult.Invalid(errors));
        }
        return OperationResult<SearchResponse>.Success(await ToResponseAsync(request, searched.Value!, pathBase, cancellationToken));
    }

    public async Task<OperationResult<SuggestResponse>> SuggestAsync(string? q, string? culture, PathString pathBase, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        var iso = await validator.CultureAsync(culture, errors, cancellationToken);
        if (string.IsNullOrWhiteSpace(q))
        {
            errors.Add(SearchInputValidator.Error("q", "Give the text typed so far in q."));
        }
        else if (q.Length > _options.MaxQueryLength)
        {
            errors.Add(SearchInputValidator.Error("q", $"The search text is too long: use at most {_options.MaxQueryLength} characters."));
        }
        if (errors.Count > 0)
        {
            return OperationResult<SuggestResponse>.From(OperationResult.Invalid(errors));
        }
        var cultures = new SiteCultures(await languages.GetAllAsync(cancellationToken));
        var snapshot = cache.Current;
        var items = new List<SuggestResponseItem>();
        foreach (var suggestion in await search.SuggestAsync(q!, iso!, cancellationToken: cancellationToken))
        {
            if (PublicRoute(snapshot, suggestion.Key, iso!) is { } route)
            {
                var type = await labels.LabelAsync(FacetDictionaryPrefixes.ContentType, suggestion.ContentType, iso!, cancellationToken);
                items.Add(new SuggestResponseItem(suggestion.Key, suggestion.Name, Url(pathBase, cultures, iso!, route), type.Value, type.Label));
            }
        }
        return OperationResult<SuggestResponse>.Success(new SuggestResponse(iso!, q!, items));
    }

    private async Task<SearchResponse> ToResponseAsync(SearchRequest request, SearchResults results, PathString pathBase, CancellationToken cancellationToken)
    {
        var culture = results.Culture;
        var cultures = new SiteCultures(await languages.GetAllAsync(cancellationToken));
        var snapshot = cache.Current;
        var items = new List<SearchResponseItem>(results.Items.Count);
        foreach (var hit in results.Items)
        {
            if (PublicRoute(snapshot, hit.Key, culture) is { } route)
            {
                var type = await labels.LabelAsync(FacetDictionaryPrefixes.ContentType, hit.ContentType, culture, cancellationToken);
                items.Add(new SearchResponseItem(hit.Key, hit.Name, Url(pathBase, cultures, culture, route), type.Value, type.Label, hit.Snippet));
            }
        }
        var facets = new Dictionary<string, IReadOnlyList<SearchFacetValue>>
        {
            [SearchInput.TypeParameter] = await FacetAsync(FacetDictionaryPrefixes.ContentType, results.Facets.ContentTypes, request.ContentTypes, culture, cancellationToken),
        };
        foreach (var facet in vocabulary.SearchFacets)
        {
            facets[facet.Key] = await FacetAsync(facet.LabelPrefix, results.Facets[facet.Key], request.Facets.GetValueOrDefault(facet.Key) ?? [], culture, cancellationToken);
        }
        var pageable = Math.Min(results.Total, _options.MaxResultWindow);
        var totalPages = (pageable + results.PageSize - 1) / results.PageSize;
        return new SearchResponse(culture, request.Text, results.Total, results.Page, results.PageSize, totalPages, items, facets);
    }

    private async Task<IReadOnlyList<SearchFacetValue>> FacetAsync(string prefix, IReadOnlyList<FacetCount> counts, IReadOnlyList<string> selected, string culture, CancellationToken cancellationToken)
    {
        var values = new List<SearchFacetValue>(counts.Count);
        foreach (var count in counts)
        {
            var label = await labels.LabelAsync(prefix, count.Value, culture, cancellationToken);
            var isSelected = selected.Contains(label.Value, StringComparer.OrdinalIgnoreCase);
            values.Add(new SearchFacetValue(label.Value, label.Label, count.Count, isSelected));
        }
        return values;
    }

    /// <summary>
    /// The item's route when the public may see it now. The index follows the published cache within about a second;
    /// asking the cache again means an item unpublished or withdrawn a moment ago is never offered in that second.
    /// </summary>
    private string? PublicRoute(PublishedSnapshot snapshot, Guid key, string culture) =>
        snapshot.GetByKey(key) is { } content && visibility.IsPublic(content, culture) ? content.GetRoute(culture) : null;

    private static string Url(PathString pathBase, SiteCultures cultures, string culture, string route) =>
        pathBase.Add(cultures.Url(culture, route)).Value!;
}
