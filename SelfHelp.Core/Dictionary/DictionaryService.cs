using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Content;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Dictionary;

/// <summary>Reads and changes dictionary items, the translated labels of taxonomy keys and interface text.</summary>
public interface IDictionaryService
{
    Task<IReadOnlyList<DictionaryItem>> GetAllAsync(CancellationToken cancellationToken = default);
    Task<DictionaryItem?> GetAsync(Guid key, CancellationToken cancellationToken = default);
    Task<DictionaryItem?> GetAsync(string itemKey, CancellationToken cancellationToken = default);

    /// <summary>The item's text in one language, or null when the item or that translation does not exist.</summary>
    Task<string?> GetTranslationAsync(string itemKey, string isoCode, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<DictionaryItem>> GetChildrenAsync(Guid parentKey, CancellationToken cancellationToken = default);
    Task SaveAsync(DictionaryItem item, CancellationToken cancellationToken = default);
    Task DeleteAsync(Guid key, CancellationToken cancellationToken = default);
}

internal sealed class DictionaryService(IDbContextFactory<SelfHelpDbContext> contexts, ConfigurationCaches caches, ConfigurationWriter writer) : IDictionaryService
{
    private readonly KeyedTableCache<DictionaryItem> _cache = caches.For<DictionaryItem>(JournalKind.Dictionary);

    public async Task<IReadOnlyList<DictionaryItem>> GetAllAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Values.OrderBy(i => i.ItemKey, StringComparer.OrdinalIgnoreCase).ToList();

    public async Task<DictionaryItem?> GetAsync(Guid key, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).GetValueOrDefault(key);

    public async Task<DictionaryItem?> GetAsync(string itemKey, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Values.FirstOrDefault(i => string.Equals(i.ItemKey, itemKey, StringComparison.OrdinalIgnoreCase));

    public async Task<string?> GetTranslationAsync(string itemKey, string isoCode, CancellationToken cancellationToken = default) =>
        (await GetAsync(itemKey, cancellationToken))?.GetTranslation(isoCode);

    public async Task<IReadOnlyList<DictionaryItem>> GetChildrenAsync(Guid parentKey, CancellationToken cancellationToken = default) =>
        (await GetAllAsync(cancellationToken)).Where(i => i.ParentKey == parentKey).ToList();

    public Task SaveAsync(DictionaryItem item, CancellationToken cancellationToken = default) =>
        writer.WriteAsync(JournalKind.Dictionary, [item.Key], async db =>
        {
            var row = await db.DictionaryItems.FirstOrDefaultAsync(d => d.Key == item.Key, cancellationToken);
            if (row is null)
            {
                row = new DictionaryItemEntity { Key = item.Key, ItemKey = item.ItemKey, TranslationsJson = "{}" };
                db.DictionaryItems.Add(row);
            }
            row.ItemKey = item.ItemKey;
            row.ParentKey = item.ParentKey;
            row.TranslationsJson = JsonSerializer.Serialize(item.Translations, ContentJson.Options);
        }, [new DictionaryItemSavedNotification(item)], cancellationToken);

    public async Task DeleteAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var all = await LoadAsync(cancellationToken);
        if (!all.TryGetValue(key, out var item))
        {
            return;
        }
        // Descendants go with their parent, as in Umbraco.
        var doomed = new List<DictionaryItem> { item };
        for (var i = 0; i < doomed.Count; i++)
        {
            doomed.AddRange(all.Values.Where(d => d.ParentKey == doomed[i].Key));
        }
        var keys = doomed.Select(d => d.Key).ToList();
        await writer.WriteAsync(JournalKind.Dictionary, keys,
            db => db.DictionaryItems.Where(d => keys.Contains(d.Key)).ExecuteDeleteAsync(cancellationToken),
            doomed.Select(deleted => new DictionaryItemDeletedNotification(deleted)), cancellationToken);
    }

    private Task<IReadOnlyDictionary<Guid, DictionaryItem>> LoadAsync(CancellationToken cancellationToken) =>
        _cache.GetAsync(ReadAllAsync, cancellationToken);

    private async Task<IReadOnlyDictionary<Guid, DictionaryItem>> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.DictionaryItems.AsNoTracking().ToListAsync(cancellationToken);
        var all = rows.ToDictionary(r => r.Key, r => new DictionaryItem
        {
            Key = r.Key,
            ItemKey = r.ItemKey,
            ParentKey = r.ParentKey,
            Translations = new Dictionary<string, string>(
                JsonSerializer.Deserialize<Dictionary<string, string>>(r.TranslationsJson, ContentJson.Options)!, StringComparer.OrdinalIgnoreCase),
        });
        return all;
    }
}
