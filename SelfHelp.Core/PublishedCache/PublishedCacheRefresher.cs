using SelfHelp.Core.Notifications;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Core.PublishedCache;

/// <summary>Keeps the published cache in step with the engine: every change that can alter what is live refreshes it.</summary>
internal sealed class PublishedCacheRefresher(IPublishedContentCache cache) :
    INotificationAsyncHandler<ContentPublishedNotification>,
    INotificationAsyncHandler<ContentUnpublishedNotification>,
    INotificationAsyncHandler<ContentSavedNotification>,
    INotificationAsyncHandler<ContentMovedNotification>,
    INotificationAsyncHandler<ContentMovedToRecycleBinNotification>,
    INotificationAsyncHandler<ContentDeletedNotification>,
    INotificationAsyncHandler<ContentTypeSavedNotification>,
    INotificationAsyncHandler<LanguageSavedNotification>
{
    public Task HandleAsync(ContentPublishedNotification notification, CancellationToken cancellationToken) => Refresh(notification, cancellationToken);

    public Task HandleAsync(ContentUnpublishedNotification notification, CancellationToken cancellationToken) => Refresh(notification, cancellationToken);

    // Only media go live on save; a document's save changes its draft, which the cache does not hold.
    public Task HandleAsync(ContentSavedNotification notification, CancellationToken cancellationToken) =>
        notification.Items.Any(i => i.ObjectType == Content.NodeObjectType.Media) ? Refresh(notification, cancellationToken) : Task.CompletedTask;

    public Task HandleAsync(ContentMovedNotification notification, CancellationToken cancellationToken) => Refresh(notification, cancellationToken);

    public Task HandleAsync(ContentMovedToRecycleBinNotification notification, CancellationToken cancellationToken) => Refresh(notification, cancellationToken);

    public Task HandleAsync(ContentDeletedNotification notification, CancellationToken cancellationToken) => Refresh(notification, cancellationToken);

    public Task HandleAsync(ContentTypeSavedNotification notification, CancellationToken cancellationToken) => cache.RebuildAsync(cancellationToken);

    public Task HandleAsync(LanguageSavedNotification notification, CancellationToken cancellationToken) => cache.RebuildAsync(cancellationToken);

    private Task Refresh(ContentItemsNotification notification, CancellationToken cancellationToken) =>
        cache.RefreshAsync(notification.Items.Select(i => i.Id).ToList(), cancellationToken);
}
