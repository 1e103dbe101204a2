using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Audit;
using SelfHelp.Core.Content.Nodes;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Persistence;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Core.Content;

/// <summary>
/// The operations documents and media share, as editors see them: each checks what it can, raises its cancelable
/// notification, then writes through <see cref="LockedAsync{T}"/>, which checks again against fresh state and
/// writes in one transaction under the tree's database lock, then raises the notification of what was done.
/// The parts that do the work are in <c>Nodes/</c>.
/// </summary>
internal abstract class NodeServiceBase
{
    private readonly IDbContextFactory<SelfHelpDbContext> _contexts;
    private readonly NodeWriteLock _writes;
    private readonly TimeProvider _clock;
    private readonly NodeReader _reader;
    private readonly NodePlacement _placement;
    private readonly NodeValueWriter _values;

    protected NodeServiceBase(NodeObjectType objectType, IDbContextFactory<SelfHelpDbContext> contexts, IContentTypeService contentTypes,
        ContentValidator validator, IEventAggregator events, TimeProvider clock, NodeWriteLock writes)
    {
        ObjectType = objectType;
        ContentTypes = contentTypes;
        Validator = validator;
        Events = events;
        _contexts = contexts;
        _writes = writes;
        _clock = clock;
        _reader = new NodeReader(contexts, contentTypes, objectType);
        _placement = new NodePlacement(contentTypes, objectType);
        _values = new NodeValueWriter(_placement, objectType);
    }

    protected NodeObjectType ObjectType { get; }
    protected int RecycleBinId => ObjectType == NodeObjectType.Document ? ContentItem.RecycleBinId : ContentItem.MediaRecycleBinId;
    protected IDbContextFactory<SelfHelpDbContext> Contexts => _contexts;
    protected IContentTypeService ContentTypes { get; }
    protected ContentValidator Validator { get; }
    protected IEventAggregator Events { get; }
    protected DateTime Now => _clock.GetUtcNow().UtcDateTime;

    public async Task<ContentItem> CreateAsync(string name, int parentId, string contentTypeAlias, string? culture = null, CancellationToken cancellationToken = default)
    {
        var type = await ContentTypes.GetAsync(contentTypeAlias, cancellationToken)
            ?? throw new ArgumentException($"There is no type with alias '{contentTypeAlias}'.", nameof(contentTypeAlias));
        if ((type.Kind == ContentTypeKind.Media) != (ObjectType == NodeObjectType.Media))
        {
            throw new ArgumentException($"'{contentTypeAlias}' is a {type.Kind.ToString().ToLowerInvariant()} type; it cannot make a {ObjectType.ToString().ToLowerInvariant()} item.", nameof(contentTypeAlias));
        }
        var item = new ContentItem(type, ObjectType, Guid.NewGuid(), parentId);
        item.SetName(name, type.VariesByCulture ? culture ?? throw new ArgumentException("Name a culture for a type that varies by culture.", nameof(culture)) : null);
        return item;
    }

    public Task<ContentItem?> GetAsync(int id, CancellationToken cancellationToken = default) =>
        _reader.FirstAsync(n => n.Id == id, cancellationToken);

    public Task<ContentItem?> GetAsync(Guid key, CancellationToken cancellationToken = default) =>
        _reader.FirstAsync(n => n.Key == key, cancellationToken);

    public Task<IReadOnlyList<ContentItem>> GetChildrenAsync(int parentId, CancellationToken cancellationToken = default) =>
        _reader.ListAsync(n => n.ParentId == parentId, cancellationToken);

    public Task<IReadOnlyList<ContentItem>> GetRecycleBinAsync(CancellationToken cancellationToken = default) =>
        _reader.ListAsync(n => n.ParentId == RecycleBinId, cancellationToken);

    public Task<IReadOnlyList<ContentItem>> GetDescendantsAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var prefix = item.Path + ",";
        return _reader.ListAsync(n => n.Path.StartsWith(prefix), cancellationToken);
    }

    public async Task<OperationResult<ContentItem>> SaveAsync(ContentItem item, string userName = "system", CancellationToken cancellationToken = default)
    {
        var type = await TypeOfAsync(item, cancellationToken);
        var errors = await Validator.ValidateAsync(item, type, [], cancellationToken);
        if (errors.Count > 0)
        {
            return OperationResult<ContentItem>.From(OperationResult.Invalid(errors), item);
        }
        var saving = new ContentSavingNotification([item]);
        if (await Events.PublishCancelableAsync(saving))
        {
            return Cancelled(saving, item);
        }
        var result = await WriteAsync(item, userName, ContentVersionKind.Saved, [], "Save", cancellationToken);
        if (result.Succeeded)
        {
            await Events.PublishAsync(new ContentSavedNotification([item]).WithStateFrom(saving), cancellationToken);
        }
        return result;
    }

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
        var moved = await LockedAsync(async db =>
        {
            var row = await _reader.Rows(db).FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
            if (row is null || row.Trashed)
            {
                return Refused(NotFound(id, "to move"));
            }
            if (await _placement.CheckAsync(db, type, id, parentId, cancellationToken) is { Succeeded: false } placement)
            {
                return Refused(placement);
            }
            return await RelocateAsync(db, row, parentId, trashed: false, userName, "Move", cancellationToken);
        }, cancellationToken);
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
        }, cancellationToken);
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
        var trashed = await LockedAsync(async db =>
        {
            var row = await _reader.Rows(db).FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
            return row is null || row.Trashed
                ? Refused(NotFound(id, "outside the recycle bin"))
                : await RelocateAsync(db, row, RecycleBinId, trashed: true, userName, "Trash", cancellationToken);
        }, cancellationToken);
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
            return new(OperationStatus.NotFound, null, [], $"Item {id} is not at the top of the recycle bin.");
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
        var restored = await LockedAsync(async db =>
        {
            var row = await _reader.Rows(db).FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
            if (row is null || !row.Trashed || row.ParentId != RecycleBinId)
            {
                return Refused(OperationResult.Fail(OperationStatus.NotFound, $"Item {id} is not at the top of the recycle bin."));
            }
            var target = parentId ?? row.OriginalParentId ?? ContentItem.RootId;
            if (await _placement.CheckAsync(db, type, id, target, cancellationToken) is { Succeeded: false } placement)
            {
                return Refused(placement);
            }
            return await RelocateAsync(db, row, target, trashed: false, userName, "Restore", cancellationToken);
        }, cancellationToken);
        if (!restored.Succeeded)
        {
            return OperationResult<ContentItem>.From(restored, item);
        }
        await Events.PublishAsync(new ContentMovedNotification(restored.Value!).WithStateFrom(moving), cancellationToken);
        return OperationResult<ContentItem>.Success(restored.Value![0]);
    }

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

    protected async Task<ContentType> TypeOfAsync(ContentItem item, CancellationToken cancellationToken) =>
        await ContentTypes.GetAsync(item.ContentTypeAlias, cancellationToken)
        ?? throw new InvalidOperationException($"The type '{item.ContentTypeAlias}' of item {item.Id} no longer exists.");

    /// <summary>Stores the item's values and publish state (inserting it when new), with a version and an audit entry.</summary>
    protected async Task<OperationResult<ContentItem>> WriteAsync(
        ContentItem item, string userName, ContentVersionKind kind, IReadOnlyList<string> cultures, string auditAction, CancellationToken cancellationToken)
    {
        var type = await TypeOfAsync(item, cancellationToken);
        if (item.Id == 0 && await CheckPlacementAsync(type, 0, item.ParentId, cancellationToken) is { Succeeded: false } refused)
        {
            return OperationResult<ContentItem>.From(refused, item);
        }
        var written = await LockedAsync(db => _values.WriteAsync(db, item, type, userName, kind, cultures, auditAction, Now, cancellationToken), cancellationToken);
        return OperationResult<ContentItem>.From(written, item);
    }

    /// <summary>
    /// Every write of documents or media goes through here: one transaction holding the tree's lock in the database
    /// (<see cref="NodeWriteLock"/>) from before <paramref name="work"/> reads anything until it commits.
    /// </summary>
    protected Task<T> LockedAsync<T>(Func<SelfHelpDbContext, Task<T>> work, CancellationToken cancellationToken) =>
        _writes.RunAsync(work, cancellationToken);

    protected Task LockedAsync(Func<SelfHelpDbContext, Task> work, CancellationToken cancellationToken) =>
        _writes.RunAsync(work, cancellationToken);

    protected static OperationResult<ContentItem> Cancelled(CancelableContentNotification notification, ContentItem? item) =>
        new(OperationStatus.CancelledByHandler, item, [], notification.CancelMessage ?? "The operation was cancelled by a notification handler.");

    /// <summary>A check before the notification, so a move that cannot happen raises none; the write checks again.</summary>
    private async Task<OperationResult> CheckPlacementAsync(ContentType type, int itemId, int parentId, CancellationToken cancellationToken)
    {
        await using var db = _contexts.CreateDbContext();
        return await _placement.CheckAsync(db, type, itemId, parentId, cancellationToken);
    }

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
        }, cancellationToken);
        if (deleted.Count > 0)
        {
            await Events.PublishAsync(new ContentDeletedNotification(deleted).WithStateFrom(deleting), cancellationToken);
        }
        return OperationResult.Success();
    }

    private static List<T> InOrder<T>(IEnumerable<T> children, IReadOnlyList<int> orderedIds, Func<T, int> id, Func<T, int> sortOrder)
    {
        var list = children.ToList();
        return orderedIds.Select(o => list.FirstOrDefault(c => id(c) == o)).OfType<T>()
            .Concat(list.Where(c => !orderedIds.Contains(id(c))).OrderBy(sortOrder)).ToList();
    }

    private static OperationResult NotFound(int id, string where) =>
        OperationResult.Fail(OperationStatus.NotFound, $"There is no item {id} {where}.");

    private static OperationResult<IReadOnlyList<ContentItem>> Refused(OperationResult result) => OperationResult<IReadOnlyList<ContentItem>>.From(result);
}
