namespace SelfHelp.Core.Persistence;

/// <summary>Something held in memory that a write can drop.</summary>
internal interface IInvalidatable
{
    void Invalidate();
}

/// <summary>
/// A small table (types, data types, languages, dictionary items, forms) held in memory by key: read from storage on
/// first use and dropped after every write, so the next read reloads it. Readers of a loaded table never lock.
/// </summary>
internal sealed class KeyedTableCache<T> : IInvalidatable
{
    private readonly Lock _gate = new();
    private IReadOnlyDictionary<Guid, T>? _items;
    private long _version;

    public async Task<IReadOnlyDictionary<Guid, T>> GetAsync(Func<CancellationToken, Task<IReadOnlyDictionary<Guid, T>>> load, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _items) is { } cached)
        {
            return cached;
        }
        long version;
        lock (_gate)
        {
            if (_items is { } items)
            {
                return items;
            }
            version = _version;
        }
        var loaded = await load(cancellationToken);
        lock (_gate)
        {
            // A write invalidated while this load ran: what it read may predate the write, so it is not kept.
            if (_version == version)
            {
                _items = loaded;
            }
        }
        return loaded;
    }

    public void Invalidate()
    {
        lock (_gate)
        {
            _version++;
            _items = null;
        }
    }
}
