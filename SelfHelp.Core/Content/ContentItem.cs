using System.Text.Json;
using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Core.Content;

/// <summary>Whether a tree item is a document or a media item (Umbraco keeps both in one node tree model).</summary>
public enum NodeObjectType
{
    Document,
    Media,
}

/// <summary>
/// A document or media item as an editor works on it: its place in the tree, its draft values and, for documents,
/// what is published per culture. Change it with the setters, then save or publish it through the services.
/// </summary>
public sealed class ContentItem
{
    /// <summary>Umbraco's parent id for items at the root of the tree.</summary>
    public const int RootId = -1;

    /// <summary>Umbraco's id of the content recycle bin.</summary>
    public const int RecycleBinId = -20;

    /// <summary>Umbraco's id of the media recycle bin.</summary>
    public const int MediaRecycleBinId = -21;

    internal ContentItem(ContentType contentType, NodeObjectType objectType, Guid key, int parentId)
    {
        ContentTypeAlias = contentType.Alias;
        VariesByCulture = contentType.VariesByCulture;
        ObjectType = objectType;
        Key = key;
        ParentId = parentId;
    }

    public int Id { get; internal set; }
    public Guid Key { get; }
    public NodeObjectType ObjectType { get; }
    public string ContentTypeAlias { get; }
    public bool VariesByCulture { get; }
    public int ParentId { get; internal set; }
    public int Level { get; internal set; }

    /// <summary>Comma-separated ids from the root, as Umbraco writes it: "-1,1051,1077".</summary>
    public string Path { get; internal set; } = "-1";
    public int SortOrder { get; internal set; }
    public bool Trashed { get; internal set; }

    /// <summary>Where a trashed item stood before it went to the recycle bin (null when it is not trashed).</summary>
    public int? OriginalParentId { get; internal set; }
    public DateTime CreateDate { get; internal set; }
    public DateTime UpdateDate { get; internal set; }

    /// <summary>The stored version this item was read at; a save from an older read is refused as a conflict.</summary>
    public long ConcurrencyStamp { get; internal set; }

    /// <summary>The current draft: what an editor sees and what the next publish takes.</summary>
    public ContentData Draft { get; internal set; } = new();

    /// <summary>What is live, per culture; null when nothing has ever been published.</summary>
    public ContentData? Published { get; internal set; }

    /// <summary>Cultures live now (for invariant items the single key <see cref="ContentData.Invariant"/>).</summary>
    public Dictionary<string, PublishedCultureInfo> PublishedCultures { get; internal set; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsPublished(string? culture = null) =>
        culture is null || !VariesByCulture ? PublishedCultures.Count > 0 : PublishedCultures.ContainsKey(culture);

    /// <summary>True when the draft of the culture differs from what is published (or it was never published).</summary>
    public bool IsEdited(string culture) =>
        Published is null || !IsPublished(culture) || !Draft.CultureEquals(Published, VariesByCulture ? culture : ContentData.Invariant);

    public string? GetName(string? culture = null) => Draft.GetName(VariesByCulture ? culture : null);

    public void SetName(string name, string? culture = null) =>
        Draft.Names[VariesByCulture ? culture ?? throw CultureRequired() : ContentData.Invariant] = name;

    public JsonElement? GetValue(string alias, string? culture = null) => Draft.GetValue(alias, culture);

    public T? GetValue<T>(string alias, string? culture = null)
    {
        var value = Draft.GetValue(alias, culture);
        return value is null ? default : value.Value.Deserialize<T>(ContentJson.Options);
    }

    /// <summary>Sets a draft value; pass a culture only for properties that vary by culture.</summary>
    public void SetValue(string alias, object? value, string? culture = null) =>
        Draft.SetValue(alias, culture, value is null ? null : JsonSerializer.SerializeToElement(value, ContentJson.Options));

    private static InvalidOperationException CultureRequired() =>
        new("This item varies by culture: name a culture.");
}
