using SelfHelp.Core.Notifications;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Core.Search.Indexing;

/// <summary>
/// Keeps both indexes in step with the engine by queueing work; it never touches an index itself, so a publish
/// returns as fast with search as without. Handlers run after the published cache has refreshed (it registers
/// first), so ExternalIndex reads the new state.
/// </summary>
internal sealed class SearchIndexNotificationHandler(IndexingQueue queue) :
    INotificationAsyncHandler<ContentPublishedNotification>,
    INotificationAsyncHandler<ContentUnpublishedNotification>,
    INotificationAsyncHandler<ContentSavedNotification>,
    INotificationAsyncHandler<ContentMovedNotification>,
    INotificationAsyncHandler<ContentMovedToRecycleBinNotification>,
    INotificationAsyncHandler<ContentDeletedNotification>,
    INotificationAsyncHandler<ContentTypeSavedNotification>,
    INotificationAsyncHandler<ContentTypeDeletedNotification>,
    INotificationAsyncHandler<LanguageSavedNotification>,
    INotificationAsyncHandler<LanguageDeletedNotification>
{
    // Publishing or unpublishing an item changes what of its subtree is live: children show only under a live parent.
    public Task HandleAsync(ContentPublishedNotification notification, CancellationToken cancellationToken) =>
        Update(notification, externalSubtree: true);

    public Task HandleAsync(ContentUnpublishedNotification notification, CancellationToken cancellationToken) =>
        Update(notification, externalSubtree: true);

    // A save changes the draft only (InternalIndex); media have no publishing, so they are internal only too.
    public Task HandleAsync(ContentSavedNotification notification, CancellationToken cancellationToken)
    {
        queue.Update(IndexNames.Internal, Ids(notification), withDescendants: false);
        return Task.CompletedTask;
    }

    // Moves, sorts, trashing and deletes list every affected item, descendants included.
    public Task HandleAsync(ContentMovedNotification notification, CancellationToken cancellationToken) =>
        Update(notification, externalSubtree: false);

    public Task HandleAsync(ContentMovedToRecycleBinNotification notification, CancellationToken cancellationToken) =>
        Update(notification, externalSubtree: false);

    public Task HandleAsync(ContentDeletedNotification notification, CancellationToken cancellationToken) =>
        Update(notification, externalSubtree: false);

    // A type or language change can alter fields of many items: rebuild, as Umbraco does after type changes.
    public Task HandleAsync(ContentTypeSavedNotification notification, CancellationToken cancellationToken) => RebuildAll();

    public Task HandleAsync(ContentTypeDeletedNotification notification, CancellationToken cancellationToken) => RebuildAll();

    public Task HandleAsync(LanguageSavedNotification notification, CancellationToken cancellationToken) => RebuildAll();

    public Task HandleAsync(LanguageDeletedNotification notification, CancellationToken cancellationToken) => RebuildAll();

    private Task Update(ContentItemsNotification notification, bool externalSubtree)
    {
        var ids = Ids(notification);
        queue.Update(IndexNames.External, ids, externalSubtree);
        queue.Update(IndexNames.Internal, ids, withDescendants: false);
        return Task.CompletedTask;
    }

    private Task RebuildAll()
    {
        foreach (var index in IndexNames.All)
        {
            queue.Enqueue(new IndexRebuild(index));
        }
        return Task.CompletedTask;
    }

    private static List<int> Ids(ContentItemsNotification notification) => notification.Items.Select(i => i.Id).ToList();
}
