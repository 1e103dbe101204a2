using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Dictionary;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Web.Search;

/// <summary>
/// Which dictionary items label a value: <c>{prefix}.{value}</c>, as the uSync dictionary names them; content types by
/// <c>contentType.{alias}</c>, each facet by its <see cref="SelfHelp.Core.Vocabulary.Facet.LabelPrefix"/>.
/// </summary>
public static class FacetDictionaryPrefixes
{
    public const string ContentType = "contentType";
}

/// <summary>A facet value in its canonical spelling (the dictionary key's) and its words in a culture.</summary>
public sealed record FacetLabel(string Value, string Label);

/// <summary>
/// Labels facet values in a culture from the dictionary: a facet's values by <c>{label prefix}.{value}</c>
/// (<c>district.shamShuiPo</c>), content types by <c>contentType.{alias}</c> (else the type's name). The index keeps
/// keys lower-cased, so the dictionary also gives back their canonical spelling (<c>mentalhealth</c> -> <c>mentalHealth</c>).
/// </summary>
public sealed class FacetLabels(IDictionaryService dictionary, IContentTypeService contentTypes)
{
    private volatile IReadOnlyDictionary<string, DictionaryItem>? _byKey;

    public async Task<FacetLabel> LabelAsync(string prefix, string value, string culture, CancellationToken cancellationToken)
    {
        if ((await ItemsAsync(cancellationToken)).TryGetValue($"{prefix}.{value}", out var item))
        {
            return new FacetLabel(item.ItemKey[(prefix.Length + 1)..], Translation(item, culture) ?? value);
        }
        if (prefix == FacetDictionaryPrefixes.ContentType && await contentTypes.GetAsync(value, cancellationToken) is { } type)
        {
            return new FacetLabel(type.Alias, type.Name);
        }
        return new FacetLabel(value, value);
    }

    /// <summary>
    /// The words of the dictionary item <paramref name="key"/> itself (a taxonomy's root item, <c>language</c>: Languages,
    /// 語言) in the culture, else in any culture; null when there is no such item.
    /// </summary>
    public async Task<string?> WordsAsync(string key, string culture, CancellationToken cancellationToken) =>
        (await ItemsAsync(cancellationToken)).TryGetValue(key, out var item) ? Translation(item, culture) : null;

    private async ValueTask<IReadOnlyDictionary<string, DictionaryItem>> ItemsAsync(CancellationToken cancellationToken) =>
        _byKey ??= (await dictionary.GetAllAsync(cancellationToken)).ToDictionary(i => i.ItemKey, StringComparer.OrdinalIgnoreCase);

    private static string? Translation(DictionaryItem item, string culture) =>
        item.GetTranslation(culture) ?? item.Translations.Values.FirstOrDefault(t => t.Length > 0);

    /// <summary>Forgets the labels read so far; the next search reads the dictionary again.</summary>
    internal void Clear() => _byKey = null;
}

/// <summary>Keeps <see cref="FacetLabels"/> in step when staff change the dictionary.</summary>
internal sealed class FacetLabelsRefresher(FacetLabels labels) :
    INotificationAsyncHandler<DictionaryItemSavedNotification>,
    INotificationAsyncHandler<DictionaryItemDeletedNotification>
{
    public Task HandleAsync(DictionaryItemSavedNotification notification, CancellationToken cancellationToken)
    {
        labels.Clear();
        return Task.CompletedTask;
    }

    public Task HandleAsync(DictionaryItemDeletedNotification notification, CancellationToken cancellationToken)
    {
        labels.Clear();
        return Task.CompletedTask;
    }
}
