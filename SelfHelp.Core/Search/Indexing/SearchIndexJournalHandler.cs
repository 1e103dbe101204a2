using SelfHelp.Core.Journal;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Core.Search.Indexing;

/// <summary>
/// Keeps both indexes in step with the published cache: each change queues "catch up to this journal row", and the
/// worker reads the rows after each index's own position. It never touches an index itself, so a publish returns
/// as fast with search as without.
/// </summary>
internal sealed class SearchIndexJournalHandler(IndexingQueue queue) : INotificationAsyncHandler<PublishedCacheChanged>
{
    public Task HandleAsync(PublishedCacheChanged notification, CancellationToken cancellationToken)
    {
        if (notification.FullRefresh && notification.Entries.Count == 0)
        {
            // A cold boot names no rows: what changed is unknown, so both indexes are rebuilt, as Umbraco does.
            foreach (var index in IndexNames.All)
            {
                queue.Enqueue(new IndexRebuild(index));
            }
        }
        queue.Enqueue(new IndexJournal(notification.ToId));
        return Task.CompletedTask;
    }
}
