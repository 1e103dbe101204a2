namespace SelfHelp.Web.Search.Page;

/// <summary>
/// Builds the search page's links from the search in force: the same words and filters, with one filter value
/// added or removed, or another page. Filters change the results, so those links go back to the first page.
/// </summary>
/// <param name="filters">The values in force by query-string parameter (<c>type</c> and the facet keys), in the order links write them.</param>
internal sealed class SearchLinks(string action, string? query, IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> filters)
{
    public IReadOnlyList<string> Selected(string facet) => filters.FirstOrDefault(f => f.Key == facet).Value ?? [];

    public IReadOnlyList<SearchField> Fields() =>
        filters.SelectMany(f => f.Value.Select(value => new SearchField(f.Key, value))).ToList();

    public bool HasFilters => filters.Any(f => f.Value.Count > 0);

    public string Adding(string facet, string value) => Build(query, Changed(facet, [.. Selected(facet), value]), page: 1);

    public string Removing(string facet, string value) =>
        Build(query, Changed(facet, Selected(facet).Where(v => !string.Equals(v, value, StringComparison.OrdinalIgnoreCase)).ToList()), page: 1);

    public string Page(int page) => Build(query, filters, page);

    public string WithoutFilters() => Build(query, [], page: 1);

    /// <summary>The same search on another culture's search page.</summary>
    public string On(string otherAction) => new SearchLinks(otherAction, query, filters).Page(1);

    private List<KeyValuePair<string, IReadOnlyList<string>>> Changed(string facet, IReadOnlyList<string> values) =>
        filters.Select(f => f.Key == facet ? new KeyValuePair<string, IReadOnlyList<string>>(facet, values) : f).ToList();

    private string Build(string? q, IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> with, int page)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrWhiteSpace(q))
        {
            pairs.Add(new("q", q));
        }
        foreach (var (facet, values) in with)
        {
            pairs.AddRange(values.Select(value => new KeyValuePair<string, string?>(facet, value)));
        }
        if (page > 1)
        {
            pairs.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return action + QueryString.Create(pairs).ToUriComponent();
    }
}
