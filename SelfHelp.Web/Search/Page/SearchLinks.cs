namespace SelfHelp.Web.Search.Page;

/// <summary>
/// Builds the search page's links from the search in force: the same words and filters, with one filter value
/// added or removed, or another page. Filters change the results, so those links go back to the first page.
/// </summary>
internal sealed class SearchLinks(string action, string? query, IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
{
    /// <summary>The facet names as query-string parameters, in the order links write them.</summary>
    public static readonly string[] FacetNames = ["type", "topic", "district"];

    public IReadOnlyList<string> Selected(string facet) => filters.GetValueOrDefault(facet) ?? [];

    public IReadOnlyList<SearchField> Fields() =>
        FacetNames.SelectMany(facet => Selected(facet).Select(value => new SearchField(facet, value))).ToList();

    public bool HasFilters => FacetNames.Any(f => Selected(f).Count > 0);

    public string Adding(string facet, string value) => Build(query, Changed(facet, [.. Selected(facet), value]), page: 1);

    public string Removing(string facet, string value) =>
        Build(query, Changed(facet, Selected(facet).Where(v => !string.Equals(v, value, StringComparison.OrdinalIgnoreCase)).ToList()), page: 1);

    public string Page(int page) => Build(query, filters, page);

    public string WithoutFilters() => Build(query, new Dictionary<string, IReadOnlyList<string>>(), page: 1);

    /// <summary>The same search on another culture's search page.</summary>
    public string On(string otherAction) => new SearchLinks(otherAction, query, filters).Page(1);

    private Dictionary<string, IReadOnlyList<string>> Changed(string facet, IReadOnlyList<string> values) =>
        new(filters) { [facet] = values };

    private string Build(string? q, IReadOnlyDictionary<string, IReadOnlyList<string>> with, int page)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrWhiteSpace(q))
        {
            pairs.Add(new("q", q));
        }
        foreach (var facet in FacetNames)
        {
            pairs.AddRange((with.GetValueOrDefault(facet) ?? []).Select(value => new KeyValuePair<string, string?>(facet, value)));
        }
        if (page > 1)
        {
            pairs.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return action + QueryString.Create(pairs).ToUriComponent();
    }
}
