using SelfHelp.Core.Content;

namespace SelfHelp.Core.Persistence;

/// <summary>A row of the node tree: a document or media item with its draft and published documents as JSON.</summary>
internal sealed class NodeEntity
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public NodeObjectType ObjectType { get; set; }
    public required string ContentTypeAlias { get; set; }
    public int ParentId { get; set; }
    public int Level { get; set; }
    public required string Path { get; set; }
    public int SortOrder { get; set; }
    public bool Trashed { get; set; }

    /// <summary>Where a trashed item came from, so restore can put it back.</summary>
    public int? OriginalParentId { get; set; }
    public DateTime CreateDate { get; set; }
    public DateTime UpdateDate { get; set; }
    public required string DraftJson { get; set; }
    public string? PublishedJson { get; set; }

    /// <summary>Culture to publish date and URL segment, as JSON; empty object when nothing is live.</summary>
    public string PublishedCulturesJson { get; set; } = "{}";

    /// <summary>Optimistic concurrency token: incremented on every write, checked by EF Core.</summary>
    public long ConcurrencyStamp { get; set; }
}

/// <summary>One entry of an item's version history: a snapshot of its draft or of what was published.</summary>
internal sealed class ContentVersionEntity
{
    public int Id { get; set; }
    public int NodeId { get; set; }
    public DateTime VersionDate { get; set; }
    public required string UserName { get; set; }
    public ContentVersionKind Kind { get; set; }

    /// <summary>Comma-separated cultures the action touched; empty for all.</summary>
    public string Cultures { get; set; } = "";
    public required string DataJson { get; set; }
}

/// <summary>A scheduled publish or unpublish of one culture (or all) of an item.</summary>
internal sealed class ScheduleEntity
{
    public int Id { get; set; }
    public int NodeId { get; set; }
    public string Culture { get; set; } = "";
    public Publishing.ScheduleAction Action { get; set; }
    public DateTime Date { get; set; }
    public required string UserName { get; set; }
}

/// <summary>An audit trail entry: who did what to which item, when.</summary>
internal sealed class AuditEntity
{
    public long Id { get; set; }
    public DateTime Date { get; set; }
    public required string UserName { get; set; }
    public required string Action { get; set; }
    public int? NodeId { get; set; }
    public string? Culture { get; set; }
    public string? Comment { get; set; }
}

/// <summary>An old URL of an item in one culture, answered with a permanent redirect (Umbraco's redirect URL management).</summary>
internal sealed class RedirectUrlEntity
{
    public Guid Id { get; set; }
    public Guid ContentKey { get; set; }
    public string Culture { get; set; } = "";
    public required string Url { get; set; }
    public DateTime CreateDate { get; set; }
}

internal sealed class LanguageEntity
{
    public Guid Key { get; set; }
    public required string IsoCode { get; set; }
    public required string Name { get; set; }
    public bool IsDefault { get; set; }
    public bool IsMandatory { get; set; }
}

internal sealed class DataTypeEntity
{
    public Guid Key { get; set; }
    public required string Name { get; set; }
    public required string EditorAlias { get; set; }
    public string? EditorUiAlias { get; set; }
    public required string ConfigurationJson { get; set; }
}

/// <summary>A content, element or media type stored whole as one JSON definition, found by key or alias.</summary>
internal sealed class ContentTypeEntity
{
    public Guid Key { get; set; }
    public required string Alias { get; set; }
    public ContentTypes.ContentTypeKind Kind { get; set; }
    public required string DefinitionJson { get; set; }
}
