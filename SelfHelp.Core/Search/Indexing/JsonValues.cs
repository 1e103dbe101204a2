using System.Globalization;
using System.Text.Json;

namespace SelfHelp.Core.Search.Indexing;

/// <summary>Reads the shapes stored property values come in, for indexing.</summary>
internal static class JsonValues
{
    // Keys, aliases and ids inside structured values are plumbing, not words anyone searches for.
    private static readonly HashSet<string> PlumbingNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "key", "contentKey", "settingsKey", "contentTypeKey", "mediaKey", "udi", "contentUdi", "settingsUdi",
        "alias", "editorAlias", "culture", "segment", "target", "type", "queryString", "url", "focalPoint", "crops",
    };

    /// <summary>A string, or the strings of an array (tags, chosen list items).</summary>
    public static IEnumerable<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when value.GetString() is { Length: > 0 } s => [s],
        JsonValueKind.Array => value.EnumerateArray()
            .Where(v => v.ValueKind == JsonValueKind.String)
            .Select(v => v.GetString()!)
            .Where(s => s.Length > 0),
        _ => [],
    };

    /// <summary>Picked keys or UDIs: strings, arrays of strings, or objects carrying a key (media picker entries).</summary>
    public static IEnumerable<string> References(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when value.GetString() is { Length: > 0 } s:
                foreach (var part in s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    yield return part;
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    foreach (var reference in References(item))
                    {
                        yield return reference;
                    }
                }
                break;
            case JsonValueKind.Object:
                foreach (var name in new[] { "mediaKey", "udi", "key" })
                {
                    if (value.TryGetProperty(name, out var key) && key.ValueKind == JsonValueKind.String)
                    {
                        yield return key.GetString()!;
                        break;
                    }
                }
                break;
        }
    }

    public static DateTime? Date(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
        && DateTime.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : value.ValueKind == JsonValueKind.Object && value.TryGetProperty("date", out var inner) ? Date(inner) : null;

    /// <summary>The human text inside a structured value, markup stripped, keys and ids skipped.</summary>
    public static IEnumerable<string> ReadableText(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var s = value.GetString()!;
                if (s.Length > 0 && !Guid.TryParse(s, out _) && !s.StartsWith("umb://", StringComparison.OrdinalIgnoreCase))
                {
                    var text = s.Contains('<') ? HtmlText.ToPlainText(s) : s;
                    if (text.Length > 0)
                    {
                        yield return text;
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    foreach (var text in ReadableText(item))
                    {
                        yield return text;
                    }
                }
                break;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    if (PlumbingNames.Contains(property.Name))
                    {
                        continue;
                    }
                    foreach (var text in ReadableText(property.Value))
                    {
                        yield return text;
                    }
                }
                break;
        }
    }
}
