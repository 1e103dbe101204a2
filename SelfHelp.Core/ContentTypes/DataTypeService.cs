using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Persistence;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Core.ContentTypes;

/// <summary>Reads and changes data types (configured property editors).</summary>
public interface IDataTypeService
{
    Task<IReadOnlyList<DataType>> GetAllAsync(CancellationToken cancellationToken = default);
    Task<DataType?> GetAsync(Guid key, CancellationToken cancellationToken = default);
    Task SaveAsync(DataType dataType, CancellationToken cancellationToken = default);
    Task DeleteAsync(Guid key, CancellationToken cancellationToken = default);
}

internal sealed class DataTypeService(IDbContextFactory<SelfHelpDbContext> contexts, IEventAggregator events) : IDataTypeService
{
    private readonly KeyedTableCache<DataType> _cache = new();

    public async Task<IReadOnlyList<DataType>> GetAllAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Values.OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public async Task<DataType?> GetAsync(Guid key, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).GetValueOrDefault(key);

    public async Task SaveAsync(DataType dataType, CancellationToken cancellationToken = default)
    {
        await using (var db = contexts.CreateDbContext())
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
            await db.SaveChangesAsync(cancellationToken);
        }
        _cache.Invalidate();
        await events.PublishAsync(new DataTypeSavedNotification(dataType), cancellationToken);
    }

    public async Task DeleteAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var dataType = await GetAsync(key, cancellationToken);
        if (dataType is null)
        {
            return;
        }
        await using (var db = contexts.CreateDbContext())
        {
            await db.DataTypes.Where(d => d.Key == key).ExecuteDeleteAsync(cancellationToken);
        }
        _cache.Invalidate();
        await events.PublishAsync(new DataTypeDeletedNotification(dataType), cancellationToken);
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
