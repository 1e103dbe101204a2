using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.DemoContent;

/// <summary>
/// Writes a block list value the way Umbraco 17 stores it (<c>BlockListValue</c>): the layout names each block by
/// content key, <c>contentData</c> holds each element's values with their culture, and <c>expose</c> lists the cultures
/// a block is ready to be published in (element-level variation, Umbraco 15+).
/// </summary>
internal static class BlockListValue
{
    /// <summary>One property value of a block's element, for one culture (null when the property is invariant).</summary>
    public sealed record Property(string Alias, string EditorAlias, string? Culture, JsonNode? Value);

    /// <summary>One block: its element type, its values, and the cultures it is exposed in (null for an invariant element).</summary>
    public sealed record Block(Guid Key, Guid ContentTypeKey, IReadOnlyList<Property> Values, IReadOnlyList<string?> ExposedCultures);

    public static JsonObject Write(IReadOnlyList<Block> blocks) => new()
    {
        ["layout"] = new JsonObject
        {
            [Aliases.BlockList] = new JsonArray(blocks.Select(b => (JsonNode)new JsonObject
            {
                ["contentKey"] = b.Key.ToString("D"),
                ["settingsKey"] = null,
            }).ToArray()),
        },
        ["contentData"] = new JsonArray(blocks.Select(b => (JsonNode)new JsonObject
        {
            ["contentTypeKey"] = b.ContentTypeKey.ToString("D"),
            ["key"] = b.Key.ToString("D"),
            ["values"] = new JsonArray(b.Values.Select(v => (JsonNode)new JsonObject
            {
                ["editorAlias"] = v.EditorAlias,
                ["culture"] = v.Culture,
                ["segment"] = null,
                ["alias"] = v.Alias,
                ["value"] = v.Value?.DeepClone(),
            }).ToArray()),
        }).ToArray()),
        ["settingsData"] = new JsonArray(),
        ["expose"] = new JsonArray(blocks.SelectMany(b => b.ExposedCultures.Select(c => (JsonNode)new JsonObject
        {
            ["contentKey"] = b.Key.ToString("D"),
            ["culture"] = c,
            ["segment"] = null,
        })).ToArray()),
    };

    /// <summary>
    /// A name-based key (RFC 4122 version 5), so a block gets the same key every time the same data is seeded and
    /// two seeded sites can be compared or synced.
    /// </summary>
    public static Guid KeyFor(Guid owner, string name)
    {
        var ns = owner.ToByteArray(bigEndian: true);
        var hash = SHA1.HashData([.. ns, .. Encoding.UTF8.GetBytes(name)]);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
