using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Content.Nodes;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Persistence;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Core.Content;

/// <summary>
/// The operations documents and media share, as editors see them: each checks what it can, raises its cancelable
/// notification, then writes through <see cref="LockedAsync{T}"/>, which checks again against fresh state and
/// writes in one transaction under the tree's database lock, with the change's journal row, then waits for this node's
/// cache to apply that row and raises the notification of what was done.
/// This file: creating, reading and saving; <c>NodeServiceBase.Tree.cs</c>: moving, sorting, the recycle bin;
/// <c>NodeServiceBase.Deletion.cs</c>: deleting for good. The storage work itself is in <c>Nodes/</c>.
/// </summary>
internal abstract partial class NodeServiceBase
{
    private readonly IDbContextFactory<SelfHelpDbContext> _contexts;
    private readonly NodeWriteLock _writes;
    private readonly ChangeJournal _journal;
    private readonly JournalApplier _applier;
    private readonly TimeProvider _clock;
    private readonly NodeReader _reader;
    private readonly NodePlacement _placement;
    private readonly NodeValueWriter _values;

    protected NodeServiceBase(NodeObjectType objectType, IDbContextFactory<SelfHelpDbContext> contexts, IContentTypeService contentTypes,
        ContentValidator validator, IEventAggregator events, TimeProvider clock, ChangeJournal journal, JournalApplier applier, NodeWriteLock writes)
    {
        ObjectType = objectType;
        ContentTypes = contentTypes;
        Validator = validator;
        Events = events;
        _contexts = contexts;
        _writes = writes;
        _journal = journal;
        _applier = applier;
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
    private JournalKind JournalKind => ObjectType == NodeObjectType.Document ? JournalKind.Content : JournalKind.Media;

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

    public Task<OperationResult<ContentItem>> SaveAsync(ContentItem item, string userName = "system", CancellationToken cancellationToken = default) =>
        SaveAsync(item, userName, "Save", cancellationToken);

    /// <summary>A save recorded in the audit trail as <paramref name="auditAction"/> (a copy is audited as one).</summary>
    protected async Task<OperationResult<ContentItem>> SaveAsync(ContentItem item, string userName, string auditAction, CancellationToken cancellationToken)
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
        var result = await WriteAsync(item, userName, ContentVersionKind.Saved, [], auditAction, cancellationToken);
        if (result.Succeeded)
        {
            await Events.PublishAsync(new ContentSavedNotification([item]).WithStateFrom(saving), cancellationToken);
        }
        return result;
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
        var written = await LockedAsync(db => _values.WriteAsync(db, item, type, userName, kind, cultures, auditAction, Now, cancellationToken),
            written => written.Succeeded
                ? JournalEntry.ForNodes(JournalKind, [(item.Id, item.Key)],
                    subtree: kind is ContentVersionKind.Published or ContentVersionKind.Unpublished,
                    draftOnly: ObjectType == NodeObjectType.Document && kind is ContentVersionKind.Saved or ContentVersionKind.RolledBack)
                : null,
            cancellationToken);
        return OperationResult<ContentItem>.From(written, item);
    }

    /// <summary>
    /// Every write of documents or media goes through here: one transaction holding the tree's lock in the database
    /// (<see cref="NodeWriteLock"/>) from before <paramref name="work"/> reads anything until it commits. What
    /// <paramref name="journalEntry"/> makes of the outcome (null: nothing others must see) is journalled in the same
    /// transaction; once committed, the call returns when this node's published cache has applied it.
    /// </summary>
    protected async Task<T> LockedAsync<T>(Func<SelfHelpDbContext, Task<T>> work, Func<T, JournalEntry?> journalEntry, CancellationToken cancellationToken)
    {
        long row = 0;
        var result = await _writes.RunAsync(async db =>
        {
            var done = await work(db);
            if (journalEntry(done) is { } entry)
            {
                row = await _journal.AppendAsync(db, entry, cancellationToken);
            }
            return done;
        }, cancellationToken);
        await _applier.CatchUpAsync(row);
        return result;
    }

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

    private static OperationResult NotFound(int id, string where) =>
        OperationResult.Fail(OperationStatus.NotFound, $"There is no item {id} {where}.");
}
