using System.Collections.Frozen;
using System.Text.Json;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Journal;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Core.DeliveryApi.Rendering;

/// <summary>A data type with its configuration parsed once, for converters that read it on every value.</summary>
public sealed class DataTypeInfo(DataType dataType)
{
    public DataType DataType { get; } = dataType;
    public string EditorAlias => DataType.EditorAlias;
    public JsonElement Configuration { get; } = dataType.Configuration.Clone();

    public bool GetBool(string key) =>
        Configuration.ValueKind == JsonValueKind.Object && Configuration.TryGetProperty(key, out var v)
        && (v.ValueKind == JsonValueKind.True || (v.ValueKind == JsonValueKind.String && v.GetString() is "1" or "true"));

    public int? GetInt(string key) =>
        Configuration.ValueKind == JsonValueKind.Object && Configuration.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i)
            ? i
            : null;
}

/// <summary>The content types and data types at one moment, indexed for rendering without awaiting storage.</summary>
public sealed class DeliverySchema(IReadOnlyList<ContentType> types, IReadOnlyList<DataType> dataTypes, int version)
{
    private readonly FrozenDictionary<string, ContentType> _byAlias = types.ToFrozenDictionary(t => t.Alias, StringComparer.OrdinalIgnoreCase);
    private readonly FrozenDictionary<Guid, ContentType> _byKey = types.ToFrozenDictionary(t => t.Key);
    private readonly FrozenDictionary<Guid, DataTypeInfo> _dataTypes = dataTypes.ToFrozenDictionary(d => d.Key, d => new DataTypeInfo(d));

    /// <summary>Changes whenever a type or data type changes, so cached renderings know they are stale.</summary>
    public int Version { get; } = version;

    public ContentType? GetType(string alias) => _byAlias.GetValueOrDefault(alias);

    public ContentType? GetType(Guid key) => _byKey.GetValueOrDefault(key);

    public DataTypeInfo? GetDataType(Guid key) => _dataTypes.GetValueOrDefault(key);
}

/// <summary>Holds the current <see cref="DeliverySchema"/> and drops it when a type or data type changes.</summary>
public interface IDeliverySchemaSource
{
    ValueTask<DeliverySchema> GetAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// Holds the current <see cref="DeliverySchema"/> and drops it when the journal applier brings in a type or data type
/// change, whichever node made it (the small-table caches it reads are dropped by then).
/// </summary>
internal sealed class DeliverySchemaSource(IContentTypeService contentTypes, IDataTypeService dataTypes) : IDeliverySchemaSource,
    INotificationAsyncHandler<PublishedCacheChanged>
{
    private volatile DeliverySchema? _current;
    private int _version;

    public async ValueTask<DeliverySchema> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } current)
        {
            return current;
        }
        var version = Volatile.Read(ref _version);
        var schema = new DeliverySchema(await contentTypes.GetAllAsync(cancellationToken), await dataTypes.GetAllAsync(cancellationToken), version);
        // Only keep what was read if nothing changed while reading it.
        if (Volatile.Read(ref _version) == version)
        {
            _current = schema;
        }
        return schema;
    }

    public Task HandleAsync(PublishedCacheChanged notification, CancellationToken cancellationToken)
    {
        if (notification.FullRefresh || notification.Entries.Any(e => e.Kind is JournalKind.ContentType or JournalKind.DataType))
        {
            Interlocked.Increment(ref _version);
            _current = null;
        }
        return Task.CompletedTask;
    }
}
