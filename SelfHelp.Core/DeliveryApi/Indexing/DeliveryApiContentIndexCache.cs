using System.Collections.Concurrent;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.PublishedCache;

namespace SelfHelp.Core.DeliveryApi.Indexing;

/// <summary>
/// One index per culture for the current snapshot: rebuilt on the first query after a publish (a new snapshot
/// generation), a type change, or an embargo lifting; concurrent queries wait for one build rather than each building.
/// </summary>
internal sealed class DeliveryApiContentIndexCache(DeliveryApiContentIndexBuilder builder, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DeliveryApiContentIndex> _indexes = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.OrdinalIgnoreCase);

    public DeliveryApiContentIndex Get(PublishedSnapshot snapshot, string culture, DeliverySchema schema)
    {
        if (_indexes.TryGetValue(culture, out var index) && IsCurrent(index, snapshot, schema))
        {
            return index;
        }
        var gate = _locks.GetOrAdd(culture, _ => new SemaphoreSlim(1, 1));
        gate.Wait();
        try
        {
            if (_indexes.TryGetValue(culture, out index) && IsCurrent(index, snapshot, schema))
            {
                return index;
            }
            index = builder.Build(snapshot, culture, schema);
            _indexes[culture] = index;
            return index;
        }
        finally
        {
            gate.Release();
        }
    }

    // A request that took its snapshot just before a publish may use the newer index: it never answers older data.
    private bool IsCurrent(DeliveryApiContentIndex index, PublishedSnapshot snapshot, DeliverySchema schema) =>
        index.Generation >= snapshot.Generation && index.SchemaVersion == schema.Version
        && (index.ValidUntil is not { } until || clock.GetUtcNow().UtcDateTime < until);
}
