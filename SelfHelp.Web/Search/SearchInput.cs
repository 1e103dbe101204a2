using Microsoft.Extensions.Primitives;

namespace SelfHelp.Web.Search;

/// <summary>
/// A search as a visitor or client asked for it, before any checking: the raw query-string values shared by
/// <c>GET /api/search</c> and the search page. Filters may be repeated (<c>topic=a&amp;topic=b</c>) or
/// comma-separated (<c>topic=a,b</c>); both mean "any of these".
/// </summary>
public sealed record SearchInput
{
    public string? Q { get; init; }

    /// <summary>An ISO code (en-US, zh-HK); null for the site's default language.</summary>
    public string? Culture { get; init; }
    public IReadOnlyList<string> Types { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<string> Districts { get; init; } = [];
    public string? Page { get; init; }
    public string? PageSize { get; init; }

    /// <summary>True when there is something to search for: words or at least one filter.</summary>
    public bool AsksForAnything =>
        !string.IsNullOrWhiteSpace(Q) || FilterValues(Types).Count + FilterValues(Topics).Count + FilterValues(Districts).Count > 0;

    /// <summary>Reads the search parameters of a query string (the page's culture comes from its path instead).</summary>
    public static SearchInput FromQuery(IQueryCollection query, string? culture) => new()
    {
        Q = Single(query["q"]),
        Culture = culture,
        Types = query["type"].OfType<string>().ToList(),
        Topics = query["topic"].OfType<string>().ToList(),
        Districts = query["district"].OfType<string>().ToList(),
        Page = Single(query["page"]),
        PageSize = Single(query["pageSize"]),
    };

    /// <summary>The values of a filter with repeated and comma-separated forms flattened, trimmed and without blanks.</summary>
    public static IReadOnlyList<string> FilterValues(IReadOnlyList<string> raw) =>
        raw.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    // A parameter given twice where one is expected: the last wins, as most web frameworks do.
    private static string? Single(StringValues values) => values.Count == 0 ? null : values[^1];
}
