namespace SelfHelp.Core.Vocabulary;

/// <summary>
/// A taxonomy the site can be filtered by: its key (query strings, Delivery API filters), the properties it reads,
/// the dictionary prefix that labels its values, and whether the public search offers it.
/// </summary>
public sealed record Facet(string Key, IReadOnlyList<string> PropertyAliases, string LabelPrefix, bool Search)
{
    /// <summary>True when <paramref name="propertyAlias"/> holds values of this facet.</summary>
    public bool Reads(string propertyAlias) =>
        PropertyAliases.Any(alias => string.Equals(alias, propertyAlias, StringComparison.OrdinalIgnoreCase));

    /// <summary>The dictionary item that labels <paramref name="value"/>: <c>district.shamShuiPo</c>.</summary>
    public string LabelKey(string value) => $"{LabelPrefix}.{value}";
}
