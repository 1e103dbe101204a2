namespace SelfHelp.Web.Search;

/// <summary>One page of public search results, as <c>GET /api/search</c> returns them and the search page shows them.</summary>
/// <param name="Culture">The content culture searched (en-US, zh-HK).</param>
/// <param name="Query">The search text as given; null when only filters were asked for.</param>
/// <param name="Total">Matches in all, not just on this page.</param>
/// <param name="PageSize">The page size used: the one asked for, cut to the maximum.</param>
/// <param name="TotalPages">Pages that can be asked for (results beyond the result window are not paged to).</param>
/// <param name="Facets">
/// Counts over every match (not just this page) with labels in the culture, by query-string parameter: <c>type</c>,
/// then each facet the search offers (<c>topic</c>, <c>district</c>) in the vocabulary's order.
/// </param>
public sealed record SearchResponse(
    string Culture,
    string? Query,
    int Total,
    int Page,
    int PageSize,
    int TotalPages,
    IReadOnlyList<SearchResponseItem> Items,
    IReadOnlyDictionary<string, IReadOnlyList<SearchFacetValue>> Facets);

/// <summary>One result: a public page in the searched culture.</summary>
/// <param name="Id">The item's key.</param>
/// <param name="Title">The item's name in the culture.</param>
/// <param name="Url">The page on the public site, with the culture's prefix (<c>/zh-hk/小組故事/…/</c>).</param>
/// <param name="Type">The document type alias (<c>story</c>, <c>selfHelpGroup</c>).</param>
/// <param name="TypeLabel">The type's name in the culture, from the dictionary (<c>contentType.story</c>).</param>
/// <param name="Snippet">HTML: a passage of the item's text, encoded, with the matched words in <c>&lt;mark&gt;</c>.</param>
public sealed record SearchResponseItem(Guid Id, string Title, string Url, string Type, string TypeLabel, string Snippet);

/// <summary>A facet value: the key to filter by, its label in the culture, its count, and whether the search filters by it.</summary>
/// <param name="Value">The key to pass back as a filter (<c>mentalHealth</c>, <c>shamShuiPo</c>, <c>story</c>).</param>
/// <param name="Label">The value's words in the culture, from the dictionary (<c>topic.mentalHealth</c>: 精神健康).</param>
public sealed record SearchFacetValue(string Value, string Label, int Count, bool Selected);

/// <summary>Completions for search-as-you-type, as <c>GET /api/search/suggest</c> returns them.</summary>
public sealed record SuggestResponse(string Culture, string Query, IReadOnlyList<SuggestResponseItem> Items);

/// <summary>A public page whose name matches what was typed so far.</summary>
public sealed record SuggestResponseItem(Guid Id, string Title, string Url, string Type, string TypeLabel);
