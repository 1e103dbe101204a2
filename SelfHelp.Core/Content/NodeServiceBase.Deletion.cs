using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Content.Nodes;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Content;

/// <summary>Deleting items for good: one item with everything beneath it, or the whole recycle bin.</summary>
internal abstract partial class NodeServiceBase
{
    /// <summary>Deletes an item, its descendants and their history for good.</summary>
    public async Task<OperationResult> DeleteAsync(int id, string userName = "system", CancellationToken cancellationToken = default)
    {
        var item = await GetAsync(id, cancellationToken);
        if (item is null)
        {
            return OperationResult.Fail(OperationStatus.NotFound, $"There is no item {id}.");
        }
        // Whatever is beneath the item when the write runs goes with it, even what was moved there meanwhile.
        return await DeleteManyAsync([item, .. await GetDescendantsAsync(item, cancellationToken)], async db =>
        {
            var row = await _reader.Rows(db).AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
            return row is null ? [] : await _reader.SubtreeAsync(db, id, row.Path, cancellationToken);
        }, userName, cancellationToken);
    }

    public async Task<OperationResult> EmptyRecycleBinAsync(string userName = "system", CancellationToken cancellationToken = default)
    {
        var all = await _reader.ListAsync(n => n.Trashed, cancellationToken);
        return all.Count == 0
            ? OperationResult.Success()
            : await DeleteManyAsync(all, db => _reader.ListAsync(db, n => n.Trashed, cancellationToken), userName, cancellationToken);
    }

    /// <summary>Raises deleting for what the caller saw, deletes what <paramref name="reread"/> finds inside the write, and raises deleted for that.</summary>
    private async Task<OperationResult> DeleteManyAsync(IReadOnlyList<ContentItem> seen,
        Func<SelfHelpDbContext, Task<IReadOnlyList<ContentItem>>> reread, string userName, CancellationToken cancellationToken)
    {
        var deleting = new ContentDeletingNotification(seen);
        if (await Events.PublishCancelableAsync(deleting))
        {
            return Cancelled(deleting, null);
        }
        var deleted = await LockedAsync(async db =>
        {
            var items = await reread(db);
            await NodeDeletion.DeleteAsync(db, items, userName, Now, cancellationToken);
            return items;
        }, deleted => deleted.Count > 0 ? JournalEntry.ForNodes(JournalKind, deleted.Select(i => (i.Id, i.Key))) : null, cancellationToken);
        if (deleted.Count > 0)
        {
            await Events.PublishAsync(new ContentDeletedNotification(deleted).WithStateFrom(deleting), cancellationToken);
        }
        return OperationResult.Success();
    }
}
