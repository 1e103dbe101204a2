using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Content;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.ContentTypes;

/// <summary>Reads and changes document, element and media types.</summary>
public interface IContentTypeService
{
    Task<IReadOnlyList<ContentType>> GetAllAsync(CancellationToken cancellationToken = default);
    Task<ContentType?> GetAsync(string alias, CancellationToken cancellationToken = default);
    Task<ContentType?> GetAsync(Guid key, CancellationToken cancellationToken = default);
    Task SaveAsync(ContentType contentType, CancellationToken cancellationToken = default);
    Task DeleteAsync(Guid key, CancellationToken cancellationToken = default);

    /// <summary>How many documents or media items (in the recycle bin too) are of the type with this alias.</summary>
    Task<int> CountItemsAsync(string alias, CancellationToken cancellationToken = default);
}

internal sealed class ContentTypeService(IDbContextFactory<SelfHelpDbContext> contexts, ConfigurationCaches caches, ConfigurationWriter writer) : IContentTypeService
{
    private readonly KeyedTableCache<ContentType> _cache = caches.For<ContentType>(JournalKind.ContentType);

    public async Task<IReadOnlyList<ContentType>> GetAllAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Values.OrderBy(t => t.Alias, StringComparer.OrdinalIgnoreCase).ToList();

    public async Task<ContentType?> GetAsync(string alias, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Values.FirstOrDefault(t => string.Equals(t.Alias, alias, StringComparison.OrdinalIgnoreCase));

    public async Task<ContentType?> GetAsync(Guid key, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).GetValueOrDefault(key);

    public Task SaveAsync(ContentType contentType, CancellationToken cancellationToken = default) =>
        writer.WriteAsync(JournalKind.ContentType, [contentType.Key], async db =>
        {
            var row = await db.ContentTypes.FirstOrDefaultAsync(t => t.Key == contentType.Key, cancellationToken);
            if (row is null)
            {
                row = new ContentTypeEntity { Key = contentType.Key, Alias = contentType.Alias, Kind = contentType.Kind, DefinitionJson = "{}" };
                db.ContentTypes.Add(row);
            }
            row.Alias = contentType.Alias;
            row.DefinitionJson = JsonSerializer.Serialize(contentType, ContentJson.Options);
        }, [new ContentTypeSavedNotification(contentType)], cancellationToken);

    public async Task DeleteAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var contentType = await GetAsync(key, cancellationToken);
        if (contentType is null)
        {
            return;
        }
        await writer.WriteAsync(JournalKind.ContentType, [key],
            db => db.ContentTypes.Where(t => t.Key == key).ExecuteDeleteAsync(cancellationToken),
            [new ContentTypeDeletedNotification(contentType)], cancellationToken);
    }

    public async Task<int> CountItemsAsync(string alias, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Nodes.CountAsync(n => n.ContentTypeAlias == alias, cancellationToken);
    }

    private Task<IReadOnlyDictionary<Guid, ContentType>> LoadAsync(CancellationToken cancellationToken) =>
        _cache.GetAsync(ReadAllAsync, cancellationToken);

    private async Task<IReadOnlyDictionary<Guid, ContentType>> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.ContentTypes.AsNoTracking().ToListAsync(cancellationToken);
        var all = rows.ToDictionary(r => r.Key, r => JsonSerializer.Deserialize<ContentType>(r.DefinitionJson, ContentJson.Options)!);
        return all;
    }
}
