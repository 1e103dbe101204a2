using SelfHelp.Core.Content;

namespace SelfHelp.Core.Media;

/// <summary>
/// The media library: folders, images, documents, audio and video in one tree, live as soon as they are saved
/// (media are not published). Uploads store the file through <see cref="IMediaFileStore"/>.
/// </summary>
/// <remarks>Every write takes the name of the person making it, for the audit trail.</remarks>
public interface IMediaService
{
    /// <summary>Makes a new, unsaved media item without a file (a Folder); save it to store it.</summary>
    Task<ContentItem> CreateAsync(string name, int parentId, string contentTypeAlias, string? culture = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores an uploaded file as a new media item beneath <paramref name="parentId"/>. Without a media type, it is
    /// picked from the file (an image is an Image, a recording umbracoMediaAudio or umbracoMediaVideo, anything else a
    /// File). Records <c>umbracoFile</c>, <c>umbracoBytes</c>, <c>umbracoExtension</c> and, for images, the width and
    /// height read from the file. The item is named after the file unless <paramref name="name"/> is given.
    /// </summary>
    Task<OperationResult<ContentItem>> CreateMediaAsync(Stream content, string fileName, int parentId, string? mediaTypeAlias = null,
        string? name = null, string userName = "system", CancellationToken cancellationToken = default);

    /// <summary>Puts a new file on an existing item (it must fit the item's type); the old file is deleted once the item is saved.</summary>
    Task<OperationResult<ContentItem>> ReplaceFileAsync(Guid key, Stream content, string fileName, string userName = "system", CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores an uploaded file on <paramref name="item"/> (new, made with a key of the caller's choosing, or existing)
    /// and saves it with its other values, as <see cref="ReplaceFileAsync"/> does: the file must fit the item's type,
    /// and is deleted again when the save is refused.
    /// </summary>
    Task<OperationResult<ContentItem>> SaveWithFileAsync(ContentItem item, Stream content, string fileName, string userName = "system", CancellationToken cancellationToken = default);

    /// <summary>Sets where the subject of an image is, as fractions (0 to 1) of its width and height; crops centre on it.</summary>
    Task<OperationResult<ContentItem>> SetFocalPointAsync(Guid key, decimal left, decimal top, string userName = "system", CancellationToken cancellationToken = default);

    Task<ContentItem?> GetAsync(int id, CancellationToken cancellationToken = default);
    Task<ContentItem?> GetAsync(Guid key, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ContentItem>> GetChildrenAsync(int parentId, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ContentItem>> GetDescendantsAsync(ContentItem item, CancellationToken cancellationToken = default);
    /// <summary>One page of the children of <paramref name="parentId"/> in sort order, leaving out items of the excluded types.</summary>
    Task<NodePage> GetChildrenPageAsync(int parentId, int skip, int take, IReadOnlyCollection<string>? excludedTypeAliases = null,
        CancellationToken cancellationToken = default);

    /// <summary>Which of <paramref name="ids"/> have children (other than items of the excluded types).</summary>
    Task<IReadOnlySet<int>> GetIdsWithChildrenAsync(IReadOnlyCollection<int> ids, IReadOnlyCollection<string>? excludedTypeAliases = null,
        CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentItem>> GetRecycleBinAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores the item; it is live in the published cache straight away.</summary>
    Task<OperationResult<ContentItem>> SaveAsync(ContentItem item, string userName = "system", CancellationToken cancellationToken = default);

    Task<OperationResult> MoveAsync(int id, int parentId, string userName = "system", CancellationToken cancellationToken = default);
    Task<OperationResult> SortAsync(int parentId, IReadOnlyList<int> orderedIds, string userName = "system", CancellationToken cancellationToken = default);
    Task<OperationResult> MoveToRecycleBinAsync(int id, string userName = "system", CancellationToken cancellationToken = default);
    Task<OperationResult<ContentItem>> RestoreAsync(int id, int? parentId = null, string userName = "system", CancellationToken cancellationToken = default);

    /// <summary>Deletes an item and its descendants for good, with their files.</summary>
    Task<OperationResult> DeleteAsync(int id, string userName = "system", CancellationToken cancellationToken = default);

    /// <summary>Deletes everything in the media recycle bin for good, with their files.</summary>
    Task<OperationResult> EmptyRecycleBinAsync(string userName = "system", CancellationToken cancellationToken = default);
}
