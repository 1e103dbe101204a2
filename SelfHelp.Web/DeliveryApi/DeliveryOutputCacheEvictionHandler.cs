using Microsoft.AspNetCore.OutputCaching;
using SelfHelp.Core.Journal;
using SelfHelp.Core.PublishedCache;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Web.DeliveryApi;

/// <summary>
/// Evicts cached Delivery API answers once the published cache holds a change: the answers showing a changed item
/// and every query answer; everything when types, data types or languages change. It runs after the new snapshot is
/// in place, and <see cref="DeliveryOutputCachePolicy"/> refuses to store an answer built from an older snapshot,
/// so no answer from before the change survives it.
/// </summary>
internal sealed class DeliveryOutputCacheEvictionHandler(IOutputCacheStore store, IPublishedContentCache cache)
    : INotificationAsyncHandler<PublishedCacheChanged>
{
    public async Task HandleAsync(PublishedCacheChanged notification, CancellationToken cancellationToken)
    {
        foreach (var tag in TagsToEvict(notification))
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }

    private IEnumerable<string> TagsToEvict(PublishedCacheChanged changed)
    {
        if (changed.FullRefresh || changed.Entries.Any(e => e.Kind is JournalKind.ContentType or JournalKind.DataType or JournalKind.Language))
        {
            return [DeliveryOutputCacheTags.All];
        }
        var nodes = changed.Entries.Where(e => e.IsNodes && !e.DraftOnly).ToList();
        if (nodes.Count == 0)
        {
            return [];
        }
        var keys = nodes.SelectMany(e => e.Keys).Concat(PickedBy(changed.ChangedIds)).ToHashSet();
        return [.. keys.Select(DeliveryOutputCacheTags.Item), DeliveryOutputCacheTags.ContentQueries, DeliveryOutputCacheTags.MediaQueries];
    }

    // What an item picks can change whether the picked item is public (a media item picked as a release form becomes
    // private), so answers showing the picked items go too.
    private HashSet<Guid> PickedBy(IEnumerable<int> ids)
    {
        var snapshot = cache.Current;
        var keys = new HashSet<Guid>();
        foreach (var content in ids.Select(snapshot.GetById).OfType<PublishedContent>())
        {
            foreach (var value in content.Node.Data.Properties.Values.SelectMany(byCulture => byCulture.Values))
            {
                Core.Visibility.PickedKeys.Collect(value, keys);
            }
        }
        return keys;
    }
}
