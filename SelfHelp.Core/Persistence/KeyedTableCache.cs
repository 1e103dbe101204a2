namespace SelfHelp.Core.Persistence;

/// <summary>
/// A small table (types, data types, dictionary items, forms) held in memory by key: read from storage on first use
/// and dropped after every write, so the next read reloads it. Readers never lock; a write simply invalidates.
/// </summary>
internal sealed class KeyedTableCache<T>
{
    private volatile IReadOnlyDictionary<Guid, T>? _items;

    public async Task<IReadOnlyDictionary<Guid, T>> GetAsync(Func<CancellationToken, Task<IReadOnlyDictionary<Guid, T>>> load, CancellationToken cancellationToken) =>
        _items ?? (_items = await load(cancellationToken));

    public void Invalidate() => _items = null;
}
