using System.Globalization;
using SelfHelp.Core.Dictionary;
using SelfHelp.Core.Languages;

namespace SelfHelp.Core.Forms.Localisation;

/// <summary>
/// A form's words in one culture: a text that starts with <c>#</c> is a dictionary key (Umbraco Forms' convention),
/// read in the culture, else in the default language; any other text is used as it is.
/// </summary>
public sealed class FormText
{
    private readonly IReadOnlyDictionary<string, DictionaryItem> _items;
    private readonly string _fallback;

    internal FormText(string culture, string fallback, IReadOnlyDictionary<string, DictionaryItem> items)
    {
        Culture = culture;
        _fallback = fallback;
        _items = items;
    }

    public string Culture { get; }

    /// <summary>The text in this culture; empty for null.</summary>
    public string this[string? text] => Resolve(text);

    public string Resolve(string? text)
    {
        if (string.IsNullOrEmpty(text) || text[0] != '#' || text.Length == 1)
        {
            return text ?? "";
        }
        var key = text[1..];
        if (!_items.TryGetValue(key, out var item))
        {
            return key;
        }
        return NonEmpty(item.GetTranslation(Culture)) ?? NonEmpty(item.GetTranslation(_fallback)) ?? key;
    }

    /// <summary>The text with <c>{0}</c>, <c>{1}</c>, ... filled in, as Umbraco Forms formats its messages.</summary>
    public string Format(string? text, params object?[] arguments) =>
        string.Format(CultureInfo.GetCultureInfo(Culture), Resolve(text), arguments);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>Makes a <see cref="FormText"/> for a culture from the dictionary as it is now.</summary>
public interface IFormTextProvider
{
    /// <summary>The words in <paramref name="culture"/>; an unknown or empty culture means the site's default language.</summary>
    Task<FormText> ForCultureAsync(string? culture, CancellationToken cancellationToken = default);
}

internal sealed class FormTextProvider(IDictionaryService dictionary, ILanguageService languages) : IFormTextProvider
{
    public async Task<FormText> ForCultureAsync(string? culture, CancellationToken cancellationToken = default)
    {
        var all = await languages.GetAllAsync(cancellationToken);
        var fallback = all.FirstOrDefault(l => l.IsDefault)?.IsoCode ?? "en-US";
        var known = all.FirstOrDefault(l => string.Equals(l.IsoCode, culture, StringComparison.OrdinalIgnoreCase))?.IsoCode ?? fallback;
        var items = (await dictionary.GetAllAsync(cancellationToken)).ToDictionary(i => i.ItemKey, StringComparer.OrdinalIgnoreCase);
        return new FormText(known, fallback, items);
    }
}
