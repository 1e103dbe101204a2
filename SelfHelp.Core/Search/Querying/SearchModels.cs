using SelfHelp.Core.Search.Indexing;

namespace SelfHelp.Core.Search.Querying;

/// <summary>How results are ordered: by relevance (the default; newest first when there is no text), date or name.</summary>
public enum SearchSort
{
    Relevance,
    Date,
    Name,
}

/// <summary>
/// Keeps items whose date lies in a range (either end open). <see cref="Field"/> is <c>updateDate</c>,
/// <c>createDate</c>, <c>publishDate</c> (when the culture went live) or the alias of a date property.
/// </summary>
public sealed record DateRangeFilter(string Field, DateTime? From = null, DateTime? To = null);

/// <summary>
/// A search: free text in the visitor's culture, filters (values in one filter are alternatives, filters together
/// must all hold), an order and a page.
/// </summary>
/// <remarks>
/// Text syntax: words (all must match, each in any form: "groups" finds "group"), "quoted phrases", and
/// -excluded words or -"phrases". Chinese needs no spaces. An unclosed quote or text over the length limit is
/// refused as malformed; everything else is searched as written.
/// </remarks>
public sealed record SearchRequest
{
    public string? Text { get; init; }
    public required string Culture { get; init; }

    /// <summary><see cref="IndexNames.External"/> (public) or <see cref="IndexNames.Internal"/> (staff: drafts too).</summary>
    public string Index { get; init; } = IndexNames.External;
    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    /// <summary>Values wanted per facet key of the site's vocabulary (<c>topic</c>: <c>carers</c>); a key it does not have is refused.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<DateRangeFilter> DateRanges { get; init; } = [];
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Null for the default; larger than the maximum is cut to it.</summary>
    public int? PageSize { get; init; }

    /// <summary>InternalIndex only: include items in the recycle bin.</summary>
    public bool IncludeTrashed { get; init; }

    /// <summary>This request also filtered by <paramref name="facetKey"/>: any of <paramref name="values"/>.</summary>
    public SearchRequest WithFacet(string facetKey, params string[] values) =>
        this with { Facets = new Dictionary<string, IReadOnlyList<string>>(Facets, StringComparer.OrdinalIgnoreCase) { [facetKey] = values } };
}

/// <summary>One page of results, with the total and facet counts over every match (not just this page).</summary>
public sealed record SearchResults(
    string Culture,
    string? Text,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Items,
    SearchFacets Facets);

/// <summary>One matching item.</summary>
/// <param name="Route">The item's path in the culture ("/stories/a-story/") when it is published; null otherwise.</param>
/// <param name="Snippet">HTML: a passage of the item's text, encoded, with the matched words in <c>&lt;mark&gt;</c>.</param>
/// <param name="Published">Whether the culture is live (always true in ExternalIndex).</param>
public sealed record SearchHit(Guid Key, int Id, string ContentType, string Name, string? Route, string Snippet, float Score, bool Published);

/// <summary>How many matches have each content type and each value of the facets the public search offers, most first.</summary>
/// <param name="Values">Counts per facet key, for every facet with <see cref="Vocabulary.Facet.Search"/>.</param>
public sealed record SearchFacets(IReadOnlyList<FacetCount> ContentTypes, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Values)
{
    public static SearchFacets Empty { get; } = new([], new Dictionary<string, IReadOnlyList<FacetCount>>());

    /// <summary>The counts of one facet; none when it was not counted.</summary>
    public IReadOnlyList<FacetCount> this[string facetKey] => Values.GetValueOrDefault(facetKey) ?? [];
}

/// <summary>A facet value and how many matches have it.</summary>
public sealed record FacetCount(string Value, int Count);

/// <summary>A completion for search-as-you-type: an item whose name matches what was typed so far.</summary>
public sealed record SearchSuggestion(Guid Key, string Name, string ContentType, string? Route);
