using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Audit;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Persistence;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Core.Content;

/// <summary>
/// The tree operations documents and media share: reading, saving, moving, sorting, the recycle bin and deleting.
/// Writes are serialised in-process (SQLite has one writer) and checked against the stored concurrency stamp,
/// so two editors saving the same item cannot silently overwrite each other, even across web nodes.
/// </summary>
internal abstract class NodeServiceBase(
    IDbContextFactory<SelfHelpDbContext> contexts,
    IContentTypeService contentTypes,
    ContentValidator validator,
    IEventAggregator events,
    TimeProvider clock,
    ChangeJournal journal,
    JournalApplier applier)
{
    private static readonly SemaphoreSlim WriteLock = new(1, 1);

    protected abstract NodeObjectType ObjectType { get; }
    protected int RecycleBinId => ObjectType == NodeObjectType.Document ? ContentItem.RecycleBinId : ContentItem.MediaRecycleBinId;
    protected IDbContextFactory<SelfHelpDbContext> Contexts => contexts;
    protected IContentTypeService ContentTypes => contentTypes;
    protected ContentValidator Validator => validator;
    protected IEventAggregator Events => events;
    protected DateTime Now => clock.GetUtcNow().UtcDateTime;
    private JournalKind JournalKind => ObjectType == NodeObjectType.Document ? JournalKind.Content : JournalKind.Media;

    public async Task<ContentItem> CreateAsync(string name, int parentId, string contentTypeAlias, string? culture = null, CancellationToken cancellationToken = default)
    {
        var type = await contentTypes.GetAsync(contentTypeAlias, cancellationToken)
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
        FirstAsync(n => n.Id == id, cancellationToken);

    public Task<ContentItem?> GetAsync(Guid key, CancellationToken cancellationToken = default) =>
        FirstAsync(n => n.Key == key, cancellationToken);

    public Task<IReadOnlyList<ContentItem>> GetChildrenAsync(int parentId, CancellationToken cancellationToken = default) =>
        ListAsync(n => n.ParentId == parentId, cancellationToken);

    public Task<IReadOnlyList<ContentItem>> GetRecycleBinAsync(CancellationToken cancellationToken = default) =>
        ListAsync(n => n.ParentId == RecycleBinId, cancellationToken);

    public async Task<OperationResult<ContentItem>> SaveAsync(ContentItem item, string userName = "system", CancellationToken cancellationToken = default)
    {
        var type = await TypeOfAsync(item, cancellationToken);
        var errors = await validator.ValidateAsync(item, type, [], cancellationToken);
        if (errors.Count > 0)
        {
            return OperationResult<ContentItem>.From(OperationResult.Invalid(errors), item);
        }
        var saving = new ContentSavingNotification([item]);
        if (await events.PublishCancelableAsync(saving))
        {
            return Cancelled(saving, item);
        }
        var result = await WriteAsync(item, userName, ContentVersionKind.Saved, [], "Save", cancellationToken);
        if (result.Succeeded)
        {
            await events.PublishAsync(new ContentSavedNotification([item]).WithStateFrom(saving), cancellationToken);
        }
        return result;
    }

    public async Task<OperationResult> MoveAsync(int id, int parentId, string userName = "system", CancellationToken cancellationToken = default)
    {
        var item = await GetAsync(id, cancellationToken);
        if (item is null || item.Trashed)
        {
            return OperationResult.Fail(OperationStatus.NotFound, $"There is no item {id} to move.");
        }
        var placement = await CheckPlacementAsync(item, parentId, cancellationToken);
        if (!placement.Succeeded)
        {
            return placement;
        }
        var moving = new ContentMovingNotification([item]);
        if (await events.PublishCancelableAsync(moving))
        {
            return Cancelled(moving, item);
        }
        var moved = await RelocateAsync(item, parentId, trashed: false, userName, "Move", cancellationToken);
        await events.PublishAsync(new ContentMovedNotification(moved).WithStateFrom(moving), cancellationToken);
        return OperationResult.Success();
    }

    /// <summary>Puts the children of a parent in the given order; children not named keep their relative order after them.</summary>
    public async Task<OperationResult> SortAsync(int parentId, IReadOnlyList<int> orderedIds, string userName = "system", CancellationToken cancellationToken = default)
    {
        var children = (await GetChildrenAsync(parentId, cancellationToken)).ToList();
        var ordered = orderedIds.Select(id => children.FirstOrDefault(c => c.Id == id)).OfType<ContentItem>()
            .Concat(children.Where(c => !orderedIds.Contains(c.Id)).OrderBy(c => c.SortOrder)).ToList();
        var moving = new ContentMovingNotification(ordered);
        if (await events.PublishCancelableAsync(moving))
        {
            return Cancelled(moving, null);
        }
        await LockedAsync(async db =>
        {
            for (var i = 0; i < ordered.Count; i++)
            {
                var id = ordered[i].Id;
                await db.Nodes.Where(n => n.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(n => n.SortOrder, i)
                    .SetProperty(n => n.ConcurrencyStamp, n => n.ConcurrencyStamp + 1), cancellationToken);
                ordered[i].SortOrder = i;
                ordered[i].ConcurrencyStamp++;
            }
            AuditService.Record(db, Now, userName, "Sort", parentId < 0 ? null : parentId);
            await db.SaveChangesAsync(cancellationToken);
        }, () => JournalEntry.ForNodes(JournalKind, ordered.Select(i => (i.Id, i.Key))), cancellationToken);
        await events.PublishAsync(new ContentMovedNotification(ordered).WithStateFrom(moving), cancellationToken);
        return OperationResult.Success();
    }

    /// <summary>Moves an item and its descendants to the recycle bin; what was live goes offline (Umbraco restores as unpublished).</summary>
    public async Task<OperationResult> MoveToRecycleBinAsync(int id, string userName = "system", CancellationToken cancellationToken = default)
    {
        var item = await GetAsync(id, cancellationToken);
        if (item is null || item.Trashed)
        {
            return OperationResult.Fail(OperationStatus.NotFound, $"There is no item {id} outside the recycle bin.");
        }
        var trashing = new ContentMovingToRecycleBinNotification([item]);
        if (await events.PublishCancelableAsync(trashing))
        {
            return Cancelled(trashing, item);
        }
        var trashed = await RelocateAsync(item, RecycleBinId, trashed: true, userName, "Trash", cancellationToken);
        await events.PublishAsync(new ContentMovedToRecycleBinNotification(trashed).WithStateFrom(trashing), cancellationToken);
        return OperationResult.Success();
    }

    /// <summary>Takes an item out of the recycle bin, to where it came from unless another parent is given.</summary>
    public async Task<OperationResult<ContentItem>> RestoreAsync(int id, int? parentId = null, string userName = "system", CancellationToken cancellationToken = default)
    {
        var item = await GetAsync(id, cancellationToken);
        if (item is null || !item.Trashed || item.ParentId != RecycleBinId)
        {
            return new(OperationStatus.NotFound, null, [], $"Item {id} is not at the top of the recycle bin.");
        }
        int target;
        await using (var db = contexts.CreateDbContext())
        {
            target = parentId ?? await db.Nodes.Where(n => n.Id == id).Select(n => n.OriginalParentId).FirstAsync(cancellationToken) ?? ContentItem.RootId;
        }
        var placement = await CheckPlacementAsync(item, target, cancellationToken);
        if (!placement.Succeeded)
        {
            return OperationResult<ContentItem>.From(placement, item);
        }
        var moving = new ContentMovingNotification([item]);
        if (await events.PublishCancelableAsync(moving))
        {
            return Cancelled(moving, item);
        }
        var restored = await RelocateAsync(item, target, trashed: false, userName, "Restore", cancellationToken);
        await events.PublishAsync(new ContentMovedNotification(restored).WithStateFrom(moving), cancellationToken);
        return OperationResult<ContentItem>.Success(restored[0]);
    }

    /// <summary>Deletes an item, its descendants and their history for good.</summary>
    public async Task<OperationResult> DeleteAsync(int id, string userName = "system", CancellationToken cancellationToken = default)
    {
        var item = await GetAsync(id, cancellationToken);
        if (item is null)
        {
            return OperationResult.Fail(OperationStatus.NotFound, $"There is no item {id}.");
        }
        var subtree = new List<ContentItem> { item };
        subtree.AddRange(await GetDescendantsAsync(item, cancellationToken));
        return await DeleteManyAsync(subtree, userName, cancellationToken);
    }

    public async Task<OperationResult> EmptyRecycleBinAsync(string userName = "system", CancellationToken cancellationToken = default)
    {
        var all = await ListAsync(n => n.Trashed, cancellationToken);
        return all.Count == 0 ? OperationResult.Success() : await DeleteManyAsync(all, userName, cancellationToken);
    }

    public Task<IReadOnlyList<ContentItem>> GetDescendantsAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var prefix = item.Path + ",";
        return ListAsync(n => n.Path.StartsWith(prefix), cancellationToken);
    }

    protected async Task<ContentType> TypeOfAsync(ContentItem item, CancellationToken cancellationToken) =>
        await contentTypes.GetAsync(item.ContentTypeAlias, cancellationToken)
        ?? throw new InvalidOperationException($"The type '{item.ContentTypeAlias}' of item {item.Id} no longer exists.");

    /// <summary>Stores the item's values and publish state (inserting it when new), with a version and an audit entry.</summary>
    protected async Task<OperationResult<ContentItem>> WriteAsync(
        ContentItem item, string userName, ContentVersionKind kind, IReadOnlyList<string> cultures, string auditAction, CancellationToken cancellationToken)
    {
        if (item.Id == 0)
        {
            var placement = await CheckPlacementAsync(item, item.ParentId, cancellationToken);
            if (!placement.Succeeded)
            {
                return OperationResult<ContentItem>.From(placement, item);
            }
        }
        try
        {
            await LockedAsync(async db =>
            {
                var now = Now;
                NodeEntity row;
                if (item.Id == 0)
                {
                    row = await InsertAsync(db, item, now, cancellationToken);
                }
                else
                {
                    row = await db.Nodes.FirstOrDefaultAsync(n => n.Id == item.Id, cancellationToken)
                        ?? throw new DbUpdateConcurrencyException($"Item {item.Id} was deleted by someone else.");
                    db.Entry(row).Property(n => n.ConcurrencyStamp).OriginalValue = item.ConcurrencyStamp;
                    row.ConcurrencyStamp = item.ConcurrencyStamp + 1;
                }
                row.UpdateDate = now;
                NodeMapper.CopyValues(item, row);
                db.ContentVersions.Add(new ContentVersionEntity
                {
                    NodeId = row.Id,
                    VersionDate = now,
                    UserName = userName,
                    Kind = kind,
                    Cultures = string.Join(',', cultures.Where(c => c.Length > 0)),
                    DataJson = NodeMapper.Write(kind == ContentVersionKind.Published ? item.Published! : item.Draft),
                });
                foreach (var culture in cultures.DefaultIfEmpty(""))
                {
                    AuditService.Record(db, now, userName, auditAction, row.Id, culture);
                }
                await db.SaveChangesAsync(cancellationToken);
                item.ConcurrencyStamp = row.ConcurrencyStamp;
                item.UpdateDate = now;
            }, () => JournalEntry.ForNodes(JournalKind, [(item.Id, item.Key)],
                subtree: kind is ContentVersionKind.Published or ContentVersionKind.Unpublished,
                draftOnly: ObjectType == NodeObjectType.Document && kind is ContentVersionKind.Saved or ContentVersionKind.RolledBack), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(OperationStatus.ConcurrencyConflict, item, [],
                "Someone else changed this item since you opened it. Reload it to see their changes, then make yours again.");
        }
        return OperationResult<ContentItem>.Success(item);
    }

    /// <summary>
    /// Runs a write in one transaction under the write lock, with its journal row (when the change is one others
    /// must see) in the same transaction; once committed, waits for this node's cache to apply the row.
    /// </summary>
    protected async Task LockedAsync(Func<SelfHelpDbContext, Task> work, Func<JournalEntry>? journalEntry, CancellationToken cancellationToken)
    {
        long journalId = 0;
        await WriteLock.WaitAsync(cancellationToken);
        try
        {
            await using var db = contexts.CreateDbContext();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await work(db);
            if (journalEntry is not null)
            {
                journalId = await journal.AppendAsync(db, journalEntry(), cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            WriteLock.Release();
        }
        await applier.CatchUpAsync(journalId);
    }

    protected static OperationResult<ContentItem> Cancelled(CancelableContentNotification notification, ContentItem? item) =>
        new(OperationStatus.CancelledByHandler, item, [], notification.CancelMessage ?? "The operation was cancelled by a notification handler.");

    private async Task<NodeEntity> InsertAsync(SelfHelpDbContext db, ContentItem item, DateTime now, CancellationToken cancellationToken)
    {
        var parentPath = item.ParentId == ContentItem.RootId
            ? "-1"
            : await db.Nodes.Where(n => n.Id == item.ParentId).Select(n => n.Path).FirstAsync(cancellationToken);
        var siblings = db.Nodes.Where(n => n.ParentId == item.ParentId && n.ObjectType == ObjectType);
        var row = new NodeEntity
        {
            Key = item.Key,
            ObjectType = ObjectType,
            ContentTypeAlias = item.ContentTypeAlias,
            ParentId = item.ParentId,
            Level = parentPath.Count(c => c == ',') + 1,
            Path = parentPath,
            SortOrder = await siblings.AnyAsync(cancellationToken) ? await siblings.MaxAsync(n => n.SortOrder, cancellationToken) + 1 : 0,
            CreateDate = now,
            DraftJson = "{}",
        };
        db.Nodes.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        row.Path = $"{parentPath},{row.Id}";
        item.Id = row.Id;
        item.Level = row.Level;
        item.Path = row.Path;
        item.SortOrder = row.SortOrder;
        item.CreateDate = now;
        return row;
    }

    /// <summary>A parent must exist outside the bin and allow the item's type (or the root must allow it).</summary>
    private async Task<OperationResult> CheckPlacementAsync(ContentItem item, int parentId, CancellationToken cancellationToken)
    {
        var type = await TypeOfAsync(item, cancellationToken);
        if (parentId == ContentItem.RootId)
        {
            return type.AllowAtRoot || ObjectType == NodeObjectType.Media
                ? OperationResult.Success()
                : OperationResult.Fail(OperationStatus.NotAllowed, $"A {type.Name} cannot be created at the root.");
        }
        var parent = await GetAsync(parentId, cancellationToken);
        if (parent is null || parent.Trashed)
        {
            return OperationResult.Fail(OperationStatus.NotAllowed, $"The parent {parentId} does not exist or is in the recycle bin.");
        }
        if (item.Id != 0 && (parent.Id == item.Id || NodeMapper.ParsePath(parent.Path).Contains(item.Id)))
        {
            return OperationResult.Fail(OperationStatus.NotAllowed, "An item cannot be moved beneath itself.");
        }
        var parentType = await TypeOfAsync(parent, cancellationToken);
        return parentType.AllowsChild(type.Alias)
            ? OperationResult.Success()
            : OperationResult.Fail(OperationStatus.NotAllowed, $"A {type.Name} is not allowed beneath a {parentType.Name}.");
    }

    /// <summary>Re-parents an item, rewriting path and level of its whole subtree; returns the item and its descendants as they now are.</summary>
    private async Task<IReadOnlyList<ContentItem>> RelocateAsync(ContentItem item, int parentId, bool trashed, string userName, string auditAction, CancellationToken cancellationToken)
    {
        var oldPath = item.Path;
        List<(int, Guid)> relocated = [];
        await LockedAsync(async db =>
        {
            var now = Now;
            var parentPath = parentId switch
            {
                ContentItem.RootId => "-1",
                ContentItem.RecycleBinId or ContentItem.MediaRecycleBinId => $"-1,{parentId}",
                _ => await db.Nodes.Where(n => n.Id == parentId).Select(n => n.Path).FirstAsync(cancellationToken),
            };
            var newPath = $"{parentPath},{item.Id}";
            var levelShift = (newPath.Count(c => c == ',')) - (oldPath.Count(c => c == ','));
            var row = await db.Nodes.FirstAsync(n => n.Id == item.Id, cancellationToken);
            var siblings = db.Nodes.Where(n => n.ParentId == parentId && n.ObjectType == ObjectType && n.Id != item.Id);
            row.OriginalParentId = trashed ? row.ParentId : null;
            row.ParentId = parentId;
            row.SortOrder = await siblings.AnyAsync(cancellationToken) ? await siblings.MaxAsync(n => n.SortOrder, cancellationToken) + 1 : 0;
            var descendants = await db.Nodes.Where(n => n.Path.StartsWith(oldPath + ",")).ToListAsync(cancellationToken);
            relocated = [.. descendants.Append(row).Select(n => (n.Id, n.Key))];
            foreach (var node in descendants.Append(row))
            {
                node.Path = newPath + node.Path[oldPath.Length..];
                node.Level = node.Id == row.Id ? parentPath.Count(c => c == ',') + 1 : node.Level + levelShift;
                node.Trashed = trashed;
                node.UpdateDate = now;
                node.ConcurrencyStamp++;
                if (trashed && node.PublishedCulturesJson != "{}")
                {
                    node.PublishedCulturesJson = "{}";
                    node.PublishedJson = null;
                }
            }
            AuditService.Record(db, now, userName, auditAction, item.Id, comment: $"to {parentId}");
            await db.SaveChangesAsync(cancellationToken);
        }, () => JournalEntry.ForNodes(JournalKind, relocated), cancellationToken);
        var moved = await GetAsync(item.Id, cancellationToken) ?? throw new InvalidOperationException($"Item {item.Id} vanished while moving.");
        return [moved, .. await GetDescendantsAsync(moved, cancellationToken)];
    }

    private async Task<OperationResult> DeleteManyAsync(IReadOnlyList<ContentItem> items, string userName, CancellationToken cancellationToken)
    {
        var deleting = new ContentDeletingNotification(items);
        if (await events.PublishCancelableAsync(deleting))
        {
            return Cancelled(deleting, null);
        }
        var ids = items.Select(i => i.Id).ToList();
        var keys = items.Select(i => i.Key).ToList();
        await LockedAsync(async db =>
        {
            await db.ContentVersions.Where(v => ids.Contains(v.NodeId)).ExecuteDeleteAsync(cancellationToken);
            await db.Schedules.Where(s => ids.Contains(s.NodeId)).ExecuteDeleteAsync(cancellationToken);
            await db.RedirectUrls.Where(r => keys.Contains(r.ContentKey)).ExecuteDeleteAsync(cancellationToken);
            await db.Nodes.Where(n => ids.Contains(n.Id)).ExecuteDeleteAsync(cancellationToken);
            foreach (var item in items)
            {
                AuditService.Record(db, Now, userName, "Delete", item.Id, comment: item.Draft.Names.Values.FirstOrDefault());
            }
            await db.SaveChangesAsync(cancellationToken);
        }, () => JournalEntry.ForNodes(JournalKind, items.Select(i => (i.Id, i.Key))), cancellationToken);
        await events.PublishAsync(new ContentDeletedNotification(items).WithStateFrom(deleting), cancellationToken);
        return OperationResult.Success();
    }

    private async Task<ContentItem?> FirstAsync(System.Linq.Expressions.Expression<Func<NodeEntity, bool>> where, CancellationToken cancellationToken) =>
        (await ListAsync(where, cancellationToken)).FirstOrDefault();

    private async Task<IReadOnlyList<ContentItem>> ListAsync(System.Linq.Expressions.Expression<Func<NodeEntity, bool>> where, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.Nodes.AsNoTracking().Where(n => n.ObjectType == ObjectType).Where(where)
            .OrderBy(n => n.Level).ThenBy(n => n.SortOrder).ToListAsync(cancellationToken);
        var items = new List<ContentItem>(rows.Count);
        foreach (var row in rows)
        {
            var type = await contentTypes.GetAsync(row.ContentTypeAlias, cancellationToken)
                ?? throw new InvalidOperationException($"Item {row.Id} has the unknown type '{row.ContentTypeAlias}'.");
            items.Add(NodeMapper.ToItem(row, type));
        }
        return items;
    }
}
