using System.Collections.Concurrent;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Journal;

/// <summary>
/// The small-table caches (types, data types, languages, dictionary, forms) by journal kind, so the applier can drop
/// the one a journal row names, whichever node wrote it.
/// </summary>
internal sealed class ConfigurationCaches
{
    private readonly ConcurrentDictionary<JournalKind, IInvalidatable> _caches = new();

    public KeyedTableCache<T> For<T>(JournalKind kind) => (KeyedTableCache<T>)_caches.GetOrAdd(kind, _ => new KeyedTableCache<T>());

    public void Invalidate(JournalKind kind)
    {
        if (_caches.TryGetValue(kind, out var cache))
        {
            cache.Invalidate();
        }
    }

    public void InvalidateAll()
    {
        foreach (var cache in _caches.Values)
        {
            cache.Invalidate();
        }
    }
}
