using System.Text.Json;

namespace SelfHelp.Core.Content;

/// <summary>
/// One version of an item's names and property values, every culture together: the single JSON document a
/// version is stored as (the brief's alternative to Umbraco's slow row-per-value tables).
/// </summary>
/// <remarks>The invariant culture is keyed by the empty string.</remarks>
public sealed class ContentData
{
    public const string Invariant = "";

    /// <summary>Name per culture (or under <see cref="Invariant"/> for a type that does not vary).</summary>
    public Dictionary<string, string> Names { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Property values: alias, then culture (or <see cref="Invariant"/>), then the value as JSON.</summary>
    public Dictionary<string, Dictionary<string, JsonElement>> Properties { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public string? GetName(string? culture) => Names.GetValueOrDefault(culture ?? Invariant);

    public JsonElement? GetValue(string alias, string? culture) =>
        Properties.TryGetValue(alias, out var byCulture) && byCulture.TryGetValue(culture ?? Invariant, out var value)
            ? value
            : null;

    public void SetValue(string alias, string? culture, JsonElement? value)
    {
        if (!Properties.TryGetValue(alias, out var byCulture))
        {
            byCulture = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
            Properties[alias] = byCulture;
        }
        if (value is null || value.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            byCulture.Remove(culture ?? Invariant);
            if (byCulture.Count == 0)
            {
                Properties.Remove(alias);
            }
        }
        else
        {
            byCulture[culture ?? Invariant] = value.Value;
        }
    }

    /// <summary>Copies one culture's name and values (and, when asked, the invariant values) from another version.</summary>
    public void CopyCultureFrom(ContentData source, string culture, bool includeInvariant)
    {
        if (source.Names.TryGetValue(culture, out var name))
        {
            Names[culture] = name;
        }
        else
        {
            Names.Remove(culture);
        }
        foreach (var alias in Properties.Keys.Union(source.Properties.Keys, StringComparer.OrdinalIgnoreCase).ToList())
        {
            SetValue(alias, culture, source.GetValue(alias, culture));
            if (includeInvariant)
            {
                SetValue(alias, Invariant, source.GetValue(alias, Invariant));
            }
        }
    }

    public ContentData Clone() => new()
    {
        Names = new Dictionary<string, string>(Names, StringComparer.OrdinalIgnoreCase),
        Properties = Properties.ToDictionary(
            p => p.Key,
            p => new Dictionary<string, JsonElement>(p.Value, StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>True when the culture's name and values (and the invariant values) are equal in both versions.</summary>
    public bool CultureEquals(ContentData other, string culture)
    {
        if (!string.Equals(GetName(culture), other.GetName(culture), StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var alias in Properties.Keys.Union(other.Properties.Keys, StringComparer.OrdinalIgnoreCase))
        {
            foreach (var c in new[] { culture, Invariant })
            {
                var a = GetValue(alias, c);
                var b = other.GetValue(alias, c);
                if (a.HasValue != b.HasValue || (a.HasValue && !JsonElement.DeepEquals(a.Value, b!.Value)))
                {
                    return false;
                }
            }
        }
        return true;
    }
}
