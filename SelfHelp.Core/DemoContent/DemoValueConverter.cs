using System.Text.Json;
using System.Text.Json.Nodes;
using SelfHelp.Core.ContentTypes;
using Umbraco.Cms.Core;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.DemoContent;

/// <summary>
/// Turns a value as the demo data writes it (plain HTML, a list of keys, a list of statistics) into the value
/// Umbraco stores for the property's editor, so demo content looks exactly like content an editor saved.
/// </summary>
internal sealed class DemoValueConverter(IDataTypeService dataTypes, IContentTypeService contentTypes)
{
    /// <summary>The document keys a picker value points at; empty for every other editor.</summary>
    public static IReadOnlyList<Guid> ReferencedKeys(PropertyType property, JsonElement value) =>
        property.EditorAlias is Aliases.MultiNodeTreePicker or Aliases.ContentPicker ? Keys(value) : [];

    /// <param name="owner">The document the value belongs to, which seeds stable keys for blocks.</param>
    public async Task<JsonNode?> ConvertAsync(Guid owner, PropertyType property, JsonElement value, CancellationToken cancellationToken) =>
        property.EditorAlias switch
        {
            Aliases.RichText => new JsonObject { ["markup"] = value.GetString(), ["blocks"] = null },
            Aliases.MultiNodeTreePicker or Aliases.ContentPicker =>
                string.Join(',', Keys(value).Select(k => new GuidUdi(Constants.UdiEntityType.Document, k).ToString())),
            Aliases.DropDownListFlexible or Aliases.CheckBoxList when value.ValueKind == JsonValueKind.String =>
                new JsonArray(value.GetString()),
            Aliases.BlockList => await BlockListAsync(owner, property, value, cancellationToken),
            _ => JsonNode.Parse(value.GetRawText()),
        };

    private async Task<JsonNode> BlockListAsync(Guid owner, PropertyType property, JsonElement elements, CancellationToken cancellationToken)
    {
        var elementType = await ElementTypeAsync(property, cancellationToken);
        var blocks = new List<BlockListValue.Block>();
        var index = 0;
        foreach (var element in elements.EnumerateArray())
        {
            var key = BlockListValue.KeyFor(owner, $"{property.Alias}/{index++}");
            var values = new List<BlockListValue.Property>();
            foreach (var (alias, raw) in element.EnumerateObject().Select(p => (p.Name, p.Value)))
            {
                var elementProperty = elementType.FindProperty(alias)
                    ?? throw new InvalidOperationException($"The element type {elementType.Alias} has no property '{alias}'.");
                foreach (var (culture, cultureValue) in PerCulture(elementProperty, raw))
                {
                    values.Add(new BlockListValue.Property(elementProperty.Alias, elementProperty.EditorAlias, culture,
                        await ConvertAsync(key, elementProperty, cultureValue, cancellationToken)));
                }
            }
            IReadOnlyList<string?> exposed = elementType.VariesByCulture
                ? values.Where(v => v.Culture is not null).Select(v => v.Culture).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
                : [null];
            blocks.Add(new BlockListValue.Block(key, elementType.Key, values, exposed));
        }
        return BlockListValue.Write(blocks);
    }

    /// <summary>The value for each culture of a property: a culture object when it varies, the value itself when not.</summary>
    public static IEnumerable<(string? Culture, JsonElement Value)> PerCulture(PropertyType property, JsonElement value)
    {
        if (!property.VariesByCulture)
        {
            return [(null, value)];
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"'{property.Alias}' varies by culture: give its value per culture, e.g. {{\"en-US\": …}}.");
        }
        return value.EnumerateObject().Select(p => ((string?)p.Name, p.Value)).ToList();
    }

    /// <summary>The block list's one allowed element type (the demo data has no way to name one of several).</summary>
    private async Task<ContentType> ElementTypeAsync(PropertyType property, CancellationToken cancellationToken)
    {
        var dataType = await dataTypes.GetAsync(property.DataTypeKey, cancellationToken)
            ?? throw new InvalidOperationException($"The data type of '{property.Alias}' does not exist.");
        var blocks = dataType.Configuration.TryGetProperty("blocks", out var b) && b.ValueKind == JsonValueKind.Array ? b.EnumerateArray().ToList() : [];
        if (blocks.Count != 1 || !blocks[0].TryGetProperty("contentElementTypeKey", out var typeKey) || !typeKey.TryGetGuid(out var key))
        {
            throw new InvalidOperationException($"'{property.Alias}' must allow exactly one element type for demo content.");
        }
        return await contentTypes.GetAsync(key, cancellationToken)
            ?? throw new InvalidOperationException($"The element type {key} of '{property.Alias}' does not exist.");
    }

    private static IReadOnlyList<Guid> Keys(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray().Select(v => v.GetGuid()).ToList(),
        JsonValueKind.String => [value.GetGuid()],
        _ => throw new InvalidOperationException("A picker value is a key or a list of keys."),
    };
}
