using Microsoft.Extensions.Primitives;
using SelfHelp.Core.Vocabulary;

namespace SelfHelp.Web.Search;

/// <summary>
/// A search as a visitor or client asked for it, before any checking: the raw query-string values shared by
/// <c>GET /api/search</c> and the search page: the words, the type and each facet the site's vocabulary offers to
/// search. Filters may be repeated (<c>topic=a&amp;topic=b</c>) or comma-separated (<c>topic=a,b</c>); both mean
/// "any of these".
/// </summary>
public sealed record SearchInput
{
    /// <summary>The query-string parameter of content types; facets use their keys.</summary>
    public const string TypeParameter = "type";

    public string? Q { get; init; }

    /// <summary>An ISO code (en-US, zh-HK); null for the site's default language.</summary>
    public string? Culture { get; init; }
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>The raw values of each facet the search offers, by facet key (<c>topic</c>, <c>district</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public string? Page { get; init; }
    public string? PageSize { get; init; }

    /// <summary>True when there is something to search for: words or at least one filter.</summary>
    public bool AsksForAnything =>
        !string.IsNullOrWhiteSpace(Q) || FilterValues(Types).Count + Facets.Values.Sum(v => FilterValues(v).Count) > 0;

    /// <summary>Reads the search parameters of a query string (the page's culture comes from its path instead).</summary>
    public static SearchInput FromQuery(IQueryCollection query, string? culture, IEnumerable<Facet> facets) => new()
    {
        Q = Single(query["q"]),
        Culture = culture,
        Types = query[TypeParameter].OfType<string>().ToList(),
        Facets = FacetsFrom(query, facets),
        Page = Single(query["page"]),
        PageSize = Single(query["pageSize"]),
    };

    /// <summary>The values given for each facet, by its key as the query string names it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> FacetsFrom(IQueryCollection query, IEnumerable<Facet> facets) =>
        facets.ToDictionary(f => f.Key, IReadOnlyList<string> (f) => query[f.Key].OfType<string>().ToList(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The values of a filter with repeated and comma-separated forms flattened, trimmed and without blanks.</summary>
    public static IReadOnlyList<string> FilterValues(IReadOnlyList<string> raw) =>
        raw.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    // A parameter given twice where one is expected: the last wins, as most web frameworks do.
    private static string? Single(StringValues values) => values.Count == 0 ? null : values[^1];
}
