using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.ContentTypes;

/// <summary>Reads and changes data types (configured property editors).</summary>
public interface IDataTypeService
{
    Task<IReadOnlyList<DataType>> GetAllAsync(CancellationToken cancellationToken = default);
    Task<DataType?> GetAsync(Guid key, CancellationToken cancellationToken = default);
    Task SaveAsync(DataType dataType, CancellationToken cancellationToken = default);
    Task DeleteAsync(Guid key, CancellationToken cancellationToken = default);
}

internal sealed class DataTypeService(IDbContextFactory<SelfHelpDbContext> contexts, ConfigurationCaches caches, ConfigurationWriter writer) : IDataTypeService
{
    private readonly KeyedTableCache<DataType> _cache = caches.For<DataType>(JournalKind.DataType);

    public async Task<IReadOnlyList<DataType>> GetAllAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Values.OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public async Task<DataType?> GetAsync(Guid key, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).GetValueOrDefault(key);

    public Task SaveAsync(DataType dataType, CancellationToken cancellationToken = default) =>
        writer.WriteAsync(JournalKind.DataType, [dataType.Key], async db =>
        {
            var row = await db.DataTypes.FirstOrDefaultAsync(d => d.Key == dataType.Key, cancellationToken);
            if (row is null)
            {
                row = new DataTypeEntity { Key = dataType.Key, Name = dataType.Name, EditorAlias = dataType.EditorAlias, ConfigurationJson = "{}" };
                db.DataTypes.Add(row);
            }
            row.Name = dataType.Name;
            row.EditorAlias = dataType.EditorAlias;
            row.EditorUiAlias = dataType.EditorUiAlias;
            row.ConfigurationJson = dataType.ConfigurationJson;
        }, [new DataTypeSavedNotification(dataType)], cancellationToken);

    public async Task DeleteAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var dataType = await GetAsync(key, cancellationToken);
        if (dataType is null)
        {
            return;
        }
        await writer.WriteAsync(JournalKind.DataType, [key],
            db => db.DataTypes.Where(d => d.Key == key).ExecuteDeleteAsync(cancellationToken),
            [new DataTypeDeletedNotification(dataType)], cancellationToken);
    }

    private Task<IReadOnlyDictionary<Guid, DataType>> LoadAsync(CancellationToken cancellationToken) =>
        _cache.GetAsync(ReadAllAsync, cancellationToken);

    private async Task<IReadOnlyDictionary<Guid, DataType>> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.DataTypes.AsNoTracking().ToListAsync(cancellationToken);
        var all = rows.ToDictionary(r => r.Key, r => new DataType
        {
            Key = r.Key,
            Name = r.Name,
            EditorAlias = r.EditorAlias,
            EditorUiAlias = r.EditorUiAlias,
            ConfigurationJson = r.ConfigurationJson,
        });
        return all;
    }
}
