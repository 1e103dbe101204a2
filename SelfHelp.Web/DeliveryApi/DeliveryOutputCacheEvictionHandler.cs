using Microsoft.AspNetCore.OutputCaching;
using SelfHelp.Core.Notifications;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Web.DeliveryApi;

/// <summary>
/// Evicts cached Delivery API answers when what is behind them changes: the answers showing a changed item (or lying
/// beneath it) or an item it picks, and every query answer; everything when types, data types or languages change. It is registered after
/// the published cache's refresher, so it runs once the new snapshot is in place; a second pass shortly after drops
/// an answer that was being stored from the old snapshot at that very moment.
/// </summary>
internal sealed class DeliveryOutputCacheEvictionHandler(IOutputCacheStore store, ILogger<DeliveryOutputCacheEvictionHandler> logger) :
    INotificationAsyncHandler<ContentPublishedNotification>,
    INotificationAsyncHandler<ContentUnpublishedNotification>,
    INotificationAsyncHandler<ContentSavedNotification>,
    INotificationAsyncHandler<ContentMovedNotification>,
    INotificationAsyncHandler<ContentMovedToRecycleBinNotification>,
    INotificationAsyncHandler<ContentDeletedNotification>,
    INotificationAsyncHandler<ContentTypeSavedNotification>,
    INotificationAsyncHandler<ContentTypeDeletedNotification>,
    INotificationAsyncHandler<DataTypeSavedNotification>,
    INotificationAsyncHandler<DataTypeDeletedNotification>,
    INotificationAsyncHandler<LanguageSavedNotification>,
    INotificationAsyncHandler<LanguageDeletedNotification>
{
    private static readonly TimeSpan SecondPass = TimeSpan.FromMilliseconds(500);

    public Task HandleAsync(ContentPublishedNotification notification, CancellationToken cancellationToken) => Items(notification);

    public Task HandleAsync(ContentUnpublishedNotification notification, CancellationToken cancellationToken) => Items(notification);

    // A document's save changes only its draft; a media item's save is live at once.
    public Task HandleAsync(ContentSavedNotification notification, CancellationToken cancellationToken) =>
        notification.Items.Any(i => i.ObjectType == Core.Content.NodeObjectType.Media) ? Items(notification) : Task.CompletedTask;

    public Task HandleAsync(ContentMovedNotification notification, CancellationToken cancellationToken) => Items(notification);

    public Task HandleAsync(ContentMovedToRecycleBinNotification notification, CancellationToken cancellationToken) => Items(notification);

    public Task HandleAsync(ContentDeletedNotification notification, CancellationToken cancellationToken) => Items(notification);

    public Task HandleAsync(ContentTypeSavedNotification notification, CancellationToken cancellationToken) => Evict([DeliveryOutputCacheTags.All]);

    public Task HandleAsync(ContentTypeDeletedNotification notification, CancellationToken cancellationToken) => Evict([DeliveryOutputCacheTags.All]);

    public Task HandleAsync(DataTypeSavedNotification notification, CancellationToken cancellationToken) => Evict([DeliveryOutputCacheTags.All]);

    public Task HandleAsync(DataTypeDeletedNotification notification, CancellationToken cancellationToken) => Evict([DeliveryOutputCacheTags.All]);

    public Task HandleAsync(LanguageSavedNotification notification, CancellationToken cancellationToken) => Evict([DeliveryOutputCacheTags.All]);

    public Task HandleAsync(LanguageDeletedNotification notification, CancellationToken cancellationToken) => Evict([DeliveryOutputCacheTags.All]);

    private Task Items(ContentItemsNotification notification) =>
        Evict([.. notification.Items.Select(i => DeliveryOutputCacheTags.Item(i.Key)), .. PickedBy(notification.Items).Select(DeliveryOutputCacheTags.Item),
            DeliveryOutputCacheTags.ContentQueries, DeliveryOutputCacheTags.MediaQueries]);

    // What an item picks can change whether the picked item is public (a media item picked as a release form becomes
    // private), so answers showing the picked items go too.
    private static HashSet<Guid> PickedBy(IEnumerable<Core.Content.ContentItem> items)
    {
        var keys = new HashSet<Guid>();
        foreach (var data in items.SelectMany(i => new[] { i.Published, i.ObjectType == Core.Content.NodeObjectType.Media ? i.Draft : null }).OfType<Core.Content.ContentData>())
        {
            foreach (var value in data.Properties.Values.SelectMany(byCulture => byCulture.Values))
            {
                Core.Visibility.PickedKeys.Collect(value, keys);
            }
        }
        return keys;
    }

    private async Task Evict(string[] tags)
    {
        await EvictNow(tags);
        _ = Task.Delay(SecondPass).ContinueWith(_ => EvictNow(tags), TaskScheduler.Default);
    }

    private async Task EvictNow(string[] tags)
    {
        try
        {
            foreach (var tag in tags)
            {
                await store.EvictByTagAsync(tag, CancellationToken.None);
            }
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not evict Delivery API output cache tags {Tags}.", string.Join(", ", tags));
        }
    }
}
