namespace SelfHelp.Core.Dictionary;

/// <summary>
/// A translatable label (Umbraco's dictionary item): a unique item key such as <c>topic.mentalHealth</c>, an optional
/// parent that groups it, and its text per language ISO code.
/// </summary>
public sealed class DictionaryItem
{
    public required Guid Key { get; init; }
    public required string ItemKey { get; set; }
    public Guid? ParentKey { get; set; }

    /// <summary>Text per ISO code (en-US, zh-HK); a language without an entry has no translation yet.</summary>
    public Dictionary<string, string> Translations { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string? GetTranslation(string isoCode) => Translations.GetValueOrDefault(isoCode);
}
