using System.Globalization;
using System.Text.Json;
using SelfHelp.Core.Content;

namespace SelfHelp.Core.PublishedCache;

/// <summary>One culture of a published item as visitors see it: its name, URL segment and route.</summary>
/// <param name="Route">The path within the site, "/" for the root and "/parent/child/" below it, without a culture prefix.</param>
public sealed record PublishedCultureContent(string Culture, string Name, string UrlSegment, string Route, DateTime PublishDate);

/// <summary>
/// An immutable published item, built once per published version and shared by every reader
/// (the Delivery API, search and the site) until the next publish replaces it.
/// </summary>
public sealed class PublishedContent
{
    internal PublishedContent(PublishedNode node, IReadOnlyDictionary<string, PublishedCultureContent> cultures)
    {
        Node = node;
        Cultures = cultures;
    }

    internal PublishedNode Node { get; }
    public int Id => Node.Id;
    public Guid Key => Node.Key;
    public NodeObjectType ObjectType => Node.ObjectType;
    public string ContentTypeAlias => Node.ContentTypeAlias;
    public int ParentId => Node.ParentId;
    public int Level => Node.Level;
    public string Path => Node.Path;
    public int SortOrder => Node.SortOrder;
    public DateTime CreateDate => Node.CreateDate;
    public DateTime UpdateDate => Node.UpdateDate;
    public bool VariesByCulture => Node.VariesByCulture;

    /// <summary>The cultures the item is visible in: published itself and beneath a parent visible in the same culture.</summary>
    public IReadOnlyDictionary<string, PublishedCultureContent> Cultures { get; }

    public bool IsVisibleIn(string culture) => Cultures.ContainsKey(culture);

    public string? GetName(string culture) => Cultures.GetValueOrDefault(culture)?.Name;

    public string? GetRoute(string culture) => Cultures.GetValueOrDefault(culture)?.Route;

    /// <summary>The published value in the culture, or the invariant value for properties that do not vary.</summary>
    public JsonElement? GetValue(string alias, string culture) =>
        Node.Data.GetValue(alias, VariesByCulture ? culture : null) ?? Node.Data.GetValue(alias, null);

    public T? GetValue<T>(string alias, string culture) =>
        GetValue(alias, culture) is { } value ? value.Deserialize<T>(ContentJson.Options) : default;

    /// <summary>A list value (dropdown, checkbox list, tags) as strings; a single string counts as a list of one.</summary>
    public IReadOnlyList<string> GetStrings(string alias, string culture) => GetValue(alias, culture) switch
    {
        { ValueKind: JsonValueKind.String } single => [single.GetString()!],
        { ValueKind: JsonValueKind.Array } many => many.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList(),
        _ => [],
    };

    /// <summary>A date value in UTC, accepting ISO 8601 and Umbraco's "yyyy-MM-dd HH:mm:ss"; null when absent or unreadable.</summary>
    public DateTime? GetDateTime(string alias, string culture) =>
        GetValue(alias, culture) is { ValueKind: JsonValueKind.String } text
        && DateTime.TryParse(text.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    /// <summary>Aliases of the properties that have a published value.</summary>
    public IEnumerable<string> PropertyAliases => Node.Data.Properties.Keys;
}

/// <summary>What storage holds for a published (or media) node, before routes and visibility are worked out.</summary>
internal sealed record PublishedNode(
    int Id,
    Guid Key,
    NodeObjectType ObjectType,
    string ContentTypeAlias,
    bool VariesByCulture,
    int ParentId,
    int Level,
    string Path,
    int SortOrder,
    DateTime CreateDate,
    DateTime UpdateDate,
    long ConcurrencyStamp,
    ContentData Data,
    IReadOnlyDictionary<string, PublishedCultureInfo> PublishedCultures);
