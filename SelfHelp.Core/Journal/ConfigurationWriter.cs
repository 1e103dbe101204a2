using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Persistence;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace SelfHelp.Core.Journal;

/// <summary>
/// The one way configuration (types, data types, languages, dictionary, forms) is written: the change and its journal
/// row in one transaction, then this node's cache of that table dropped, the journal applied, and the notifications
/// raised. Other nodes drop their copy when their applier reads the row.
/// </summary>
internal sealed class ConfigurationWriter(
    IDbContextFactory<SelfHelpDbContext> contexts,
    ChangeJournal journal,
    JournalApplier applier,
    ConfigurationCaches caches,
    IEventAggregator events)
{
    public async Task WriteAsync(
        JournalKind kind,
        IReadOnlyCollection<Guid> keys,
        Func<SelfHelpDbContext, Task> write,
        IEnumerable<INotification> notifications,
        CancellationToken cancellationToken)
    {
        long id;
        await using (var db = contexts.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await write(db);
            await db.SaveChangesAsync(cancellationToken);
            id = await journal.AppendAsync(db, JournalEntry.ForKeys(kind, keys), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        caches.Invalidate(kind);
        await applier.CatchUpAsync(id);
        foreach (var notification in notifications)
        {
            await events.PublishAsync(notification, cancellationToken);
        }
    }
}
