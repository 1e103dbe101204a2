namespace SelfHelp.Core.DeliveryApi.Indexing.Fields;

/// <summary>
/// Field names of the in-memory DeliveryApiContentIndex, Umbraco's where Umbraco has them; each facet of the site's
/// vocabulary adds a field named by its key.
/// </summary>
public static class IndexFieldNames
{
    /// <summary>Examine's category field; every content item has "content", which selects all.</summary>
    public const string IndexType = "__IndexType";
    public const string ItemId = "itemId";
    public const string ParentId = "parentId";
    public const string AncestorIds = "ancestorIds";
    public const string ContentType = "contentType";
    public const string Name = "name";
    public const string SortName = "sortName";
    public const string CreateDate = "createDate";
    public const string UpdateDate = "updateDate";
    public const string Level = "level";
    public const string SortOrder = "sortOrder";
    public const string PathOrder = "pathOrder";
    public const string StartsAt = "startsAt";
}
