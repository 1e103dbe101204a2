namespace SelfHelp.Core.Vocabulary;

/// <summary>The site's taxonomies as data, bound from <c>SelfHelp:Vocabulary</c>: each facet a visitor or client can filter by.</summary>
public sealed class VocabularyOptions
{
    public const string Section = "SelfHelp:Vocabulary";

    /// <summary>In the order the search API and page list them (after the content type).</summary>
    public List<FacetOptions> Facets { get; set; } = [];
}

/// <summary>One facet as configured: <c>{ "Key": "topic", "Properties": ["topics"], "Search": true }</c>.</summary>
public sealed class FacetOptions
{
    /// <summary>The name in query strings and the Delivery API filter (<c>topic</c> in <c>filter=topic:carers</c>).</summary>
    public string Key { get; set; } = "";

    /// <summary>The property aliases whose values are the facet's values, on whichever document types have them.</summary>
    public List<string> Properties { get; set; } = [];

    /// <summary>The dictionary key prefix of the values' labels (<c>district</c>: <c>district.shamShuiPo</c>); the key when left out.</summary>
    public string? Labels { get; set; }

    /// <summary>Offered by the public search (a query-string filter, counts and links on the page), not only by the Delivery API.</summary>
    public bool Search { get; set; }
}
