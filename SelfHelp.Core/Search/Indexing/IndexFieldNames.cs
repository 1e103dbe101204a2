namespace SelfHelp.Core.Search.Indexing;

/// <summary>
/// Field names in our Lucene documents: Examine's and Umbraco's (<c>__NodeId</c>, <c>nodeName_en-us</c>, ...) so
/// that anyone who has queried Umbraco's indexes finds the same fields, plus our own, also <c>__</c>-prefixed,
/// for the tiers the query service searches, facets, sorting and suggestions.
/// </summary>
/// <remarks>Cultures in field names are lower-cased, as Umbraco writes them: <c>title_zh-hk</c>.</remarks>
public static class IndexFieldNames
{
    public const string IndexType = "__IndexType";
    public const string NodeId = "__NodeId";
    public const string Key = "__Key";
    public const string NodeTypeAlias = "__NodeTypeAlias";
    public const string Path = "__Path";
    public const string Published = "__Published";
    public const string VariesByCulture = "__VariesByCulture";
    public const string Id = "id";
    public const string ParentId = "parentID";
    public const string Level = "level";
    public const string SortOrder = "sortOrder";
    public const string CreateDate = "createDate";
    public const string UpdateDate = "updateDate";
    public const string NodeName = "nodeName";
    public const string UrlName = "urlName";

    /// <summary>Every ancestor id, so a subtree can be found (and removed) whatever path it had when indexed.</summary>
    public const string Ancestors = "__Ancestors";

    /// <summary>The cultures the item is indexed in: public in ExternalIndex, named in InternalIndex.</summary>
    public const string Cultures = "__Cultures";
    public const string Trashed = "__Trashed";

    /// <summary>Prefix of the per-culture name field used for search-as-you-type.</summary>
    public const string NamePrefix = "__NamePrefix";

    /// <summary>Examine's prefix for sort fields.</summary>
    public const string SortPrefix = "__Sort_";

    /// <summary>Prefix of the keyword field of each facet of the site's vocabulary.</summary>
    public const string FacetPrefix = "__Facet_";

    /// <summary>Values of Umbraco's "-ed" flags.</summary>
    public const string Yes = "y";
    public const string No = "n";

    public const string IndexTypeContent = "content";
    public const string IndexTypeMedia = "media";

    /// <summary>Name, title-like properties: matches here rank highest.</summary>
    public static string Title(string culture) => $"__Title_{Lower(culture)}";

    /// <summary>Summary-like properties: matches rank above the body; stored for snippets.</summary>
    public static string Summary(string culture) => $"__Summary_{Lower(culture)}";

    /// <summary>All other text (body, rich text, tags): stored for snippets.</summary>
    public static string Body(string culture) => $"__Body_{Lower(culture)}";

    /// <summary>True for the title, summary and body fields the query service searches.</summary>
    public static bool IsSearchTier(string field) =>
        field.StartsWith("__Title_", StringComparison.Ordinal)
        || field.StartsWith("__Summary_", StringComparison.Ordinal)
        || field.StartsWith("__Body_", StringComparison.Ordinal);

    /// <summary>The facet's values, lower-cased, for filters and counts: <c>__Facet_topic</c>.</summary>
    public static string Facet(string facetKey) => FacetPrefix + facetKey.ToLowerInvariant();

    public static string NameForPrefix(string culture) => $"{NamePrefix}_{Lower(culture)}";

    public static string SortName(string culture) => $"{SortPrefix}{NodeName}_{Lower(culture)}";

    /// <summary><c>{alias}_{culture}</c>, or the bare alias for invariant values (culture null or empty).</summary>
    public static string ForCulture(string alias, string? culture) =>
        string.IsNullOrEmpty(culture) ? alias : $"{alias}_{Lower(culture)}";

    private static string Lower(string culture) => culture.ToLowerInvariant();
}
