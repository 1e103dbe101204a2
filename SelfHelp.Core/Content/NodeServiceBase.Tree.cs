using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Audit;
using SelfHelp.Core.Content.Nodes;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Content;

/// <summary>Where items sit in the tree: moving, sorting, and the recycle bin.</summary>
internal abstract partial class NodeServiceBase
{
    public async Task<OperationResult> MoveAsync(int id, int parentId, string userName = "system", CancellationToken cancellationToken = default)
    {
        var item = await GetAsync(id, cancellationToken);
        if (item is null || item.Trashed)
        {
            return NotFound(id, "to move");
        }
        var type = await TypeOfAsync(item, cancellationToken);
        if (await CheckPlacementAsync(type, id, parentId, cancellationToken) is { Succeeded: false } refused)
        {
            return refused;
        }
        var moving = new ContentMovingNotification([item]);
        if (await Events.PublishCancelableAsync(moving))
        {
            return Cancelled(moving, item);
        }
        var moved = await RelocateCheckedAsync(id, row => !row.Trashed, NotFound(id, "to move"), _ => parentId, type,
            trashed: false, userName, "Move", cancellationToken);
        if (moved.Succeeded)
        {
            await Events.PublishAsync(new ContentMovedNotification(moved.Value!).WithStateFrom(moving), cancellationToken);
        }
        return moved;
    }

    /// <summary>Puts the children of a parent in the given order; children not named keep their relative order after them.</summary>
    public async Task<OperationResult> SortAsync(int parentId, IReadOnlyList<int> orderedIds, string userName = "system", CancellationToken cancellationToken = default)
    {
        var moving = new ContentMovingNotification(InOrder(await GetChildrenAsync(parentId, cancellationToken), orderedIds, c => c.Id, c => c.SortOrder));
        if (await Events.PublishCancelableAsync(moving))
        {
            return Cancelled(moving, null);
        }
        var sorted = await LockedAsync(async db =>
        {
            var children = await _reader.Rows(db).Where(n => n.ParentId == parentId).ToListAsync(cancellationToken);
            var ordered = InOrder(children, orderedIds, c => c.Id, c => c.SortOrder);
            for (var i = 0; i < ordered.Count; i++)
            {
                ordered[i].SortOrder = i;
                ordered[i].ConcurrencyStamp++;
            }
            AuditService.Record(db, Now, userName, "Sort", parentId < 0 ? null : parentId);
            await db.SaveChangesAsync(cancellationToken);
            var items = await _reader.ListAsync(db, n => n.ParentId == parentId, cancellationToken);
            return OperationResult<IReadOnlyList<ContentItem>>.Success(items);
        }, sorted => JournalEntry.ForNodes(JournalKind, sorted.Value!.Select(i => (i.Id, i.Key))), cancellationToken);
        await Events.PublishAsync(new ContentMovedNotification(sorted.Value!).WithStateFrom(moving), cancellationToken);
        return sorted;
    }

    /// <summary>Moves an item and its descendants to the recycle bin; what was live goes offline (Umbraco restores as unpublished).</summary>
    public async Task<OperationResult> MoveToRecycleBinAsync(int id, string userName = "system", CancellationToken cancellationToken = default)
    {
        var item = await GetAsync(id, cancellationToken);
        if (item is null || item.Trashed)
        {
            return NotFound(id, "outside the recycle bin");
        }
        var trashing = new ContentMovingToRecycleBinNotification([item]);
        if (await Events.PublishCancelableAsync(trashing))
        {
            return Cancelled(trashing, item);
        }
        var trashed = await RelocateCheckedAsync(id, row => !row.Trashed, NotFound(id, "outside the recycle bin"), _ => RecycleBinId, type: null,
            trashed: true, userName, "Trash", cancellationToken);
        if (trashed.Succeeded)
        {
            await Events.PublishAsync(new ContentMovedToRecycleBinNotification(trashed.Value!).WithStateFrom(trashing), cancellationToken);
        }
        return trashed;
    }

    /// <summary>Takes an item out of the recycle bin, to where it came from unless another parent is given.</summary>
    public async Task<OperationResult<ContentItem>> RestoreAsync(int id, int? parentId = null, string userName = "system", CancellationToken cancellationToken = default)
    {
        var item = await GetAsync(id, cancellationToken);
        if (item is null || !item.Trashed || item.ParentId != RecycleBinId)
        {
            return OperationResult<ContentItem>.From(NotInBin(id));
        }
        var type = await TypeOfAsync(item, cancellationToken);
        int? originalParent;
        await using (var db = _contexts.CreateDbContext())
        {
            originalParent = await db.Nodes.Where(n => n.Id == id).Select(n => n.OriginalParentId).FirstAsync(cancellationToken);
        }
        if (await CheckPlacementAsync(type, id, parentId ?? originalParent ?? ContentItem.RootId, cancellationToken) is { Succeeded: false } refused)
        {
            return OperationResult<ContentItem>.From(refused, item);
        }
        var moving = new ContentMovingNotification([item]);
        if (await Events.PublishCancelableAsync(moving))
        {
            return Cancelled(moving, item);
        }
        var restored = await RelocateCheckedAsync(id, row => row.Trashed && row.ParentId == RecycleBinId, NotInBin(id),
            row => parentId ?? row.OriginalParentId ?? ContentItem.RootId, type, trashed: false, userName, "Restore", cancellationToken);
        if (!restored.Succeeded)
        {
            return OperationResult<ContentItem>.From(restored, item);
        }
        await Events.PublishAsync(new ContentMovedNotification(restored.Value!).WithStateFrom(moving), cancellationToken);
        return OperationResult<ContentItem>.Success(restored.Value![0]);
    }

    /// <summary>
    /// Inside a node write: reads the item again, checks it is still where the caller found it and (given its type) may
    /// go beneath the target, then relocates it; all against the rows as they are while the write holds the lock.
    /// </summary>
    private Task<OperationResult<IReadOnlyList<ContentItem>>> RelocateCheckedAsync(int id, Func<NodeEntity, bool> stillThere, OperationResult gone,
        Func<NodeEntity, int> target, ContentType? type, bool trashed, string userName, string auditAction, CancellationToken cancellationToken) =>
        LockedAsync(async db =>
        {
            var row = await _reader.Rows(db).FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
            if (row is null || !stillThere(row))
            {
                return Refused(gone);
            }
            var parentId = target(row);
            if (type is not null && await _placement.CheckAsync(db, type, id, parentId, cancellationToken) is { Succeeded: false } placement)
            {
                return Refused(placement);
            }
            return await RelocateAsync(db, row, parentId, trashed, userName, auditAction, cancellationToken);
        }, moved => moved.Succeeded ? JournalEntry.ForNodes(JournalKind, moved.Value!.Select(i => (i.Id, i.Key))) : null, cancellationToken);

    /// <summary>Relocates a row and its subtree inside a node write and reads them back as they now are, the item first.</summary>
    private async Task<OperationResult<IReadOnlyList<ContentItem>>> RelocateAsync(
        SelfHelpDbContext db, NodeEntity row, int parentId, bool trashed, string userName, string auditAction, CancellationToken cancellationToken)
    {
        var now = Now;
        var path = await NodeRelocation.RelocateAsync(db, row, parentId, trashed, now, cancellationToken);
        AuditService.Record(db, now, userName, auditAction, row.Id, comment: $"to {parentId}");
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult<IReadOnlyList<ContentItem>>.Success(await _reader.SubtreeAsync(db, row.Id, path, cancellationToken));
    }

    private static List<T> InOrder<T>(IEnumerable<T> children, IReadOnlyList<int> orderedIds, Func<T, int> id, Func<T, int> sortOrder)
    {
        var list = children.ToList();
        return orderedIds.Select(o => list.FirstOrDefault(c => id(c) == o)).OfType<T>()
            .Concat(list.Where(c => !orderedIds.Contains(id(c))).OrderBy(sortOrder)).ToList();
    }

    private static OperationResult NotInBin(int id) =>
        OperationResult.Fail(OperationStatus.NotFound, $"Item {id} is not at the top of the recycle bin.");

    private static OperationResult<IReadOnlyList<ContentItem>> Refused(OperationResult result) => OperationResult<IReadOnlyList<ContentItem>>.From(result);
}
