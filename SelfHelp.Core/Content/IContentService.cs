using SelfHelp.Core.Publishing;

namespace SelfHelp.Core.Content;

/// <summary>Creates, edits, publishes and organises documents: the engine's write side for content editors.</summary>
/// <remarks>Every write takes the name of the person making it, for the audit trail and version history.</remarks>
public interface IContentService
{
    /// <summary>Makes a new, unsaved document; save or publish it to store it.</summary>
    Task<ContentItem> CreateAsync(string name, int parentId, string contentTypeAlias, string? culture = null, CancellationToken cancellationToken = default);
    Task<ContentItem?> GetAsync(int id, CancellationToken cancellationToken = default);
    Task<ContentItem?> GetAsync(Guid key, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ContentItem>> GetChildrenAsync(int parentId, CancellationToken cancellationToken = default);
    /// <summary>One page of a parent's children in sort order, and how many children it has, both read in the database, leaving out items of the excluded types.</summary>
    Task<NodePage> GetChildrenPageAsync(int parentId, int skip, int take, IReadOnlyCollection<string>? excludedTypeAliases = null,
        CancellationToken cancellationToken = default);

    /// <summary>Which of <paramref name="ids"/> have children (other than items of the excluded types), without reading them.</summary>
    Task<IReadOnlySet<int>> GetIdsWithChildrenAsync(IReadOnlyCollection<int> ids, IReadOnlyCollection<string>? excludedTypeAliases = null,
        CancellationToken cancellationToken = default);

    /// <summary>How many siblings come before the item in its parent's sort order (its index in <see cref="GetChildrenPageAsync"/>).</summary>
    Task<int> CountSiblingsBeforeAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>The items with these ids (trashed or not), in tree order; ids that do not exist are left out.</summary>
    Task<IReadOnlyList<ContentItem>> GetManyAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default);

    /// <summary>The items with these keys (trashed or not), in tree order; keys that do not exist are left out.</summary>
    Task<IReadOnlyList<ContentItem>> GetManyAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ContentItem>> GetDescendantsAsync(ContentItem item, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ContentItem>> GetRecycleBinAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores the draft; values must fit their editors but mandatory values may still be missing.</summary>
    Task<OperationResult<ContentItem>> SaveAsync(ContentItem item, string userName = "system", CancellationToken cancellationToken = default);

    /// <summary>Saves the draft and publishes the given cultures ("*" for every culture with a name; ignored for invariant types).</summary>
    Task<OperationResult<ContentItem>> PublishAsync(ContentItem item, IReadOnlyList<string> cultures, string userName = "system", CancellationToken cancellationToken = default);

    /// <summary>Takes one culture offline, or the whole item when the culture is null or mandatory.</summary>
    Task<OperationResult<ContentItem>> UnpublishAsync(int id, string? culture = null, string userName = "system", CancellationToken cancellationToken = default);

    Task<OperationResult> MoveAsync(int id, int parentId, string userName = "system", CancellationToken cancellationToken = default);
    Task<OperationResult> SortAsync(int parentId, IReadOnlyList<int> orderedIds, string userName = "system", CancellationToken cancellationToken = default);
    Task<OperationResult> MoveToRecycleBinAsync(int id, string userName = "system", CancellationToken cancellationToken = default);
    Task<OperationResult<ContentItem>> RestoreAsync(int id, int? parentId = null, string userName = "system", CancellationToken cancellationToken = default);
    Task<OperationResult> DeleteAsync(int id, string userName = "system", CancellationToken cancellationToken = default);
    Task<OperationResult> EmptyRecycleBinAsync(string userName = "system", CancellationToken cancellationToken = default);

    /// <summary>The item's history, newest first.</summary>
    Task<IReadOnlyList<ContentVersionInfo>> GetVersionsAsync(int id, CancellationToken cancellationToken = default);

    /// <summary>One version of any item by its id, or null.</summary>
    Task<ContentVersionInfo?> GetVersionAsync(int versionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Copies an item (and, if asked, its descendants) under <paramref name="parentId"/> as new unpublished drafts with
    /// the same names and values; answers the copy of the item.
    /// </summary>
    Task<OperationResult<ContentItem>> CopyAsync(int id, int parentId, bool includeDescendants, string userName = "system", CancellationToken cancellationToken = default);

    /// <summary>Copies a version's values (one culture, or all) back into the draft and saves it; publish to make it live.</summary>
    Task<OperationResult<ContentItem>> RollbackAsync(int id, int versionId, string? culture = null, string userName = "system", CancellationToken cancellationToken = default);

    /// <summary>Publishes or unpublishes a culture (null: all) of an item at a future time.</summary>
    Task<OperationResult> ScheduleAsync(int id, ScheduleAction action, DateTime dateUtc, string? culture = null, string userName = "system", CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ContentSchedule>> GetSchedulesAsync(int id, CancellationToken cancellationToken = default);
}

/// <summary>A pending scheduled publish or unpublish.</summary>
public sealed record ContentSchedule(int Id, int NodeId, string? Culture, ScheduleAction Action, DateTime Date);

