using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Dictionary;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Web.Search;

/// <summary>Which dictionary items label a facet's values: <c>{prefix}.{value}</c>, as the uSync dictionary names them.</summary>
public static class FacetDictionaryPrefixes
{
    public const string ContentType = "contentType";
    public const string Topic = "topic";
    public const string District = "district";
}

/// <summary>A facet value in its canonical spelling (the dictionary key's) and its words in a culture.</summary>
public sealed record FacetLabel(string Value, string Label);

/// <summary>
/// Labels facet values in a culture from the dictionary: topics and districts by <c>topic.{value}</c> and
/// <c>district.{value}</c>, content types by <c>contentType.{alias}</c> (else the type's name). The index keeps
/// keys lower-cased, so the dictionary also gives back their canonical spelling (<c>mentalhealth</c> -> <c>mentalHealth</c>).
/// </summary>
public sealed class FacetLabels(IDictionaryService dictionary, IContentTypeService contentTypes)
{
    private volatile IReadOnlyDictionary<string, DictionaryItem>? _byKey;

    public async Task<FacetLabel> LabelAsync(string prefix, string value, string culture, CancellationToken cancellationToken)
    {
        var items = _byKey ??= (await dictionary.GetAllAsync(cancellationToken))
            .ToDictionary(i => i.ItemKey, StringComparer.OrdinalIgnoreCase);
        if (items.TryGetValue($"{prefix}.{value}", out var item))
        {
            var label = item.GetTranslation(culture) ?? item.Translations.Values.FirstOrDefault(t => t.Length > 0);
            return new FacetLabel(item.ItemKey[(prefix.Length + 1)..], label ?? value);
        }
        if (prefix == FacetDictionaryPrefixes.ContentType && await contentTypes.GetAsync(value, cancellationToken) is { } type)
        {
            return new FacetLabel(type.Alias, type.Name);
        }
        return new FacetLabel(value, value);
    }

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
