using System.Text.Json;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.DeliveryApi.Rendering;
using Umbraco.Cms.Core.Models.DeliveryApi;

namespace SelfHelp.Core.PropertyEditors;

/// <summary>
/// Reads Umbraco 14+ block values — <c>{"layout":{"Umbraco.BlockList":[{"contentKey","settingsKey"}]},"contentData":[…],
/// "settingsData":[…],"expose":[…]}</c> — into rendered block items, in layout order, for the rendering's culture.
/// </summary>
internal static class BlockValue
{
    public static IReadOnlyList<ApiBlockItem> Render(JsonElement value, string layoutAlias, PropertyValueContext context)
    {
        if (value.ValueKind != JsonValueKind.Object
            || !value.TryGetProperty("layout", out var layouts) || layouts.ValueKind != JsonValueKind.Object
            || !layouts.TryGetProperty(layoutAlias, out var layout) || layout.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        var contents = ReadData(value, "contentData");
        var settings = ReadData(value, "settingsData");
        var exposed = ReadExposed(value, context.Render.Culture);
        var items = new List<ApiBlockItem>();
        foreach (var entry in layout.EnumerateArray())
        {
            if (!TryGetKey(entry, "contentKey", out var contentKey) || !contents.TryGetValue(contentKey, out var content)
                || (exposed is not null && !exposed.Contains(contentKey))
                || Render(content, context) is not { } element)
            {
                continue;
            }
            var setting = TryGetKey(entry, "settingsKey", out var settingsKey) && settings.TryGetValue(settingsKey, out var s) ? Render(s, context) : null;
            items.Add(new ApiBlockItem(element, setting!));
        }
        return items;
    }

    private static IApiElement? Render(JsonElement data, PropertyValueContext context)
    {
        if (!TryGetKey(data, "contentTypeKey", out var typeKey) || context.Render.Schema.GetType(typeKey) is not { } type || !TryGetKey(data, "key", out var key))
        {
            return null;
        }
        var values = new Dictionary<string, List<JsonElement>>(StringComparer.OrdinalIgnoreCase);
        if (data.TryGetProperty("values", out var stored) && stored.ValueKind == JsonValueKind.Array)
        {
            foreach (var v in stored.EnumerateArray())
            {
                if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("alias", out var alias) && alias.ValueKind == JsonValueKind.String)
                {
                    (values.TryGetValue(alias.GetString()!, out var list) ? list : values[alias.GetString()!] = []).Add(v);
                }
            }
        }
        var culture = context.Render.Culture;
        return context.Renderer.RenderElement(key, type, property => ValueOf(property, values, culture), context);
    }

    private static JsonElement? ValueOf(PropertyType property, Dictionary<string, List<JsonElement>> values, string culture)
    {
        if (!values.TryGetValue(property.Alias, out var candidates))
        {
            return null;
        }
        foreach (var candidate in candidates)
        {
            var valueCulture = candidate.TryGetProperty("culture", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            var matches = property.VariesByCulture ? string.Equals(valueCulture, culture, StringComparison.OrdinalIgnoreCase) : string.IsNullOrEmpty(valueCulture);
            if (matches && candidate.TryGetProperty("value", out var value) && value.ValueKind is not JsonValueKind.Null)
            {
                return value;
            }
        }
        return null;
    }

    private static Dictionary<Guid, JsonElement> ReadData(JsonElement value, string name)
    {
        var data = new Dictionary<Guid, JsonElement>();
        if (value.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                if (TryGetKey(item, "key", out var key))
                {
                    data[key] = item;
                }
            }
        }
        return data;
    }

    // Umbraco 15+ lists the blocks published per culture in "expose"; a value without it (or with none listed) shows every block.
    private static HashSet<Guid>? ReadExposed(JsonElement value, string culture)
    {
        if (!value.TryGetProperty("expose", out var expose) || expose.ValueKind != JsonValueKind.Array || expose.GetArrayLength() == 0)
        {
            return null;
        }
        var keys = new HashSet<Guid>();
        foreach (var entry in expose.EnumerateArray())
        {
            var entryCulture = entry.TryGetProperty("culture", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            if (TryGetKey(entry, "contentKey", out var key) && (entryCulture is null || string.Equals(entryCulture, culture, StringComparison.OrdinalIgnoreCase)))
            {
                keys.Add(key);
            }
        }
        return keys;
    }

    private static bool TryGetKey(JsonElement element, string name, out Guid key)
    {
        key = Guid.Empty;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out key);
    }
}
