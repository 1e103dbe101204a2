using System.Text.Json;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Core.Content.Nodes;

/// <summary>Turns node rows into the engine's <see cref="ContentItem"/> and back.</summary>
internal static class NodeMapper
{
    public static ContentItem ToItem(NodeEntity row, ContentType contentType) => new(contentType, row.ObjectType, row.Key, row.ParentId)
    {
        Id = row.Id,
        Level = row.Level,
        Path = row.Path,
        SortOrder = row.SortOrder,
        Trashed = row.Trashed,
        OriginalParentId = row.OriginalParentId,
        CreateDate = row.CreateDate,
        UpdateDate = row.UpdateDate,
        ConcurrencyStamp = row.ConcurrencyStamp,
        Draft = ReadData(row.DraftJson),
        Published = row.PublishedJson is null ? null : ReadData(row.PublishedJson),
        PublishedCultures = ReadCultures(row.PublishedCulturesJson),
    };

    /// <summary>Copies what an editor can change (values and publish state) onto the row; tree fields are the tree's job.</summary>
    public static void CopyValues(ContentItem item, NodeEntity row)
    {
        row.DraftJson = Write(item.Draft);
        row.PublishedJson = item.Published is null ? null : Write(item.Published);
        row.PublishedCulturesJson = JsonSerializer.Serialize(item.PublishedCultures, ContentJson.Options);
    }

    public static string Write(ContentData data) => JsonSerializer.Serialize(data, ContentJson.Options);

    public static ContentData ReadData(string json) => Normalise(JsonSerializer.Deserialize<ContentData>(json, ContentJson.Options) ?? new());

    public static IReadOnlyList<int> ParsePath(string path) => path.Split(',').Select(int.Parse).ToList();

    private static Dictionary<string, PublishedCultureInfo> ReadCultures(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, PublishedCultureInfo>>(json, ContentJson.Options) ?? [], StringComparer.OrdinalIgnoreCase);

    // System.Text.Json builds case-sensitive dictionaries; cultures and aliases are case-insensitive in Umbraco.
    private static ContentData Normalise(ContentData data) => new()
    {
        Names = new Dictionary<string, string>(data.Names, StringComparer.OrdinalIgnoreCase),
        Properties = data.Properties.ToDictionary(
            p => p.Key,
            p => new Dictionary<string, JsonElement>(p.Value, StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase),
    };
}
