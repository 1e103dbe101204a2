using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Content;
using SelfHelp.Core.Content.Nodes;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.PropertyEditors.ImageCropper;
using Umbraco.Cms.Core.Events;
using static Umbraco.Cms.Core.Constants;

namespace SelfHelp.Core.Media;

/// <summary>Media items: the shared tree operations, plus uploads that store the file and record what it is.</summary>
internal sealed class MediaService(
    IDbContextFactory<SelfHelpDbContext> contexts,
    IContentTypeService contentTypes,
    IDataTypeService dataTypes,
    ContentValidator validator,
    IEventAggregator events,
    TimeProvider clock,
    ChangeJournal journal,
    JournalApplier applier,
    IMediaFileStore store,
    MediaPathScheme paths,
    MediaFileTypes fileTypes,
    NodeWriteLock writes)
    : NodeServiceBase(NodeObjectType.Media, contexts, contentTypes, validator, events, clock, journal, applier, writes), IMediaService
{
    public async Task<OperationResult<ContentItem>> CreateMediaAsync(Stream content, string fileName, int parentId, string? mediaTypeAlias = null,
        string? name = null, string userName = "system", CancellationToken cancellationToken = default)
    {
        var type = mediaTypeAlias is null
            ? await fileTypes.PickAsync(paths.ExtensionOf(fileName), cancellationToken)
            : await ContentTypes.GetAsync(mediaTypeAlias, cancellationToken);
        if (type is not { Kind: ContentTypeKind.Media })
        {
            return new(OperationStatus.NotFound, null, [], mediaTypeAlias is null
                ? "There is no media type for this file: add a File media type."
                : $"There is no media type '{mediaTypeAlias}'.");
        }
        if (type.VariesByCulture)
        {
            return new(OperationStatus.NotAllowed, null, [], $"Uploads need a media type that is the same in every culture; {type.Name} varies by culture.");
        }
        var item = await CreateAsync(DisplayName(name, fileName), parentId, type.Alias, cancellationToken: cancellationToken);
        return await StoreAndSaveAsync(item, type, content, fileName, userName, cancellationToken);
    }

    public async Task<OperationResult<ContentItem>> ReplaceFileAsync(Guid key, Stream content, string fileName, string userName = "system", CancellationToken cancellationToken = default)
    {
        if (await GetAsync(key, cancellationToken) is not { Trashed: false } item)
        {
            return new(OperationStatus.NotFound, null, [], $"There is no media item {key} outside the recycle bin.");
        }
        return await StoreAndSaveAsync(item, await TypeOfAsync(item, cancellationToken), content, fileName, userName, cancellationToken);
    }

    public async Task<OperationResult<ContentItem>> SaveWithFileAsync(ContentItem item, Stream content, string fileName, string userName = "system", CancellationToken cancellationToken = default)
    {
        if (item.ObjectType != NodeObjectType.Media || item.Trashed)
        {
            return new(OperationStatus.NotAllowed, item, [], "Only a media item outside the recycle bin takes a file.");
        }
        return await StoreAndSaveAsync(item, await TypeOfAsync(item, cancellationToken), content, fileName, userName, cancellationToken);
    }

    public async Task<OperationResult<ContentItem>> SetFocalPointAsync(Guid key, decimal left, decimal top, string userName = "system", CancellationToken cancellationToken = default)
    {
        var point = new ImageCropperFocalPoint(left, top);
        if (!point.IsWithinImage)
        {
            return Refused(null, "The focal point must lie on the image: left and top between 0 and 1.");
        }
        if (await GetAsync(key, cancellationToken) is not { Trashed: false } item)
        {
            return new(OperationStatus.NotFound, null, [], $"There is no media item {key} outside the recycle bin.");
        }
        var property = (await TypeOfAsync(item, cancellationToken)).FindProperty(Conventions.Media.File);
        if (property is null || !IsImageCropper(property) || ImageCropperValue.From(item.GetValue(property.Alias)) is not { } value)
        {
            return new(OperationStatus.NotAllowed, item, [], $"{item.GetName()} is not an image, so it has no focal point.");
        }
        var crops = ImageCropConfiguration.From(await dataTypes.GetAsync(property.DataTypeKey, cancellationToken));
        item.SetValue(property.Alias, (value with { FocalPoint = point.Normalised() }).WithConfiguredCrops(crops));
        return await SaveAsync(item, userName, cancellationToken);
    }

    private async Task<OperationResult<ContentItem>> StoreAndSaveAsync(
        ContentItem item, ContentType type, Stream content, string fileName, string userName, CancellationToken cancellationToken)
    {
        var extension = paths.ExtensionOf(fileName);
        if (await fileTypes.RefusalAsync(type, extension, cancellationToken) is { } refusal)
        {
            return Refused(item, refusal);
        }
        var path = paths.NewPath(item.Key, fileName);
        var bytes = await store.SaveAsync(path, content, cancellationToken);
        var kept = false;
        try
        {
            var result = await DescribeFileAsync(item, type, path, fileName, bytes, cancellationToken);
            if (result.Succeeded)
            {
                result = await SaveAsync(item, userName, cancellationToken);
            }
            kept = result.Succeeded;
            return result;
        }
        finally
        {
            // Whatever stopped the save (a refused image, a parent that does not allow the type, a conflict), the file goes too.
            if (!kept)
            {
                await store.DeleteAsync(path, CancellationToken.None);
            }
        }
    }

    /// <summary>Points the item's values at the stored file: its URL (with crops for images), size, extension and pixel size.</summary>
    private async Task<OperationResult<ContentItem>> DescribeFileAsync(
        ContentItem item, ContentType type, string path, string fileName, long bytes, CancellationToken cancellationToken)
    {
        var extension = paths.ExtensionOf(fileName);
        (int Width, int Height)? size = null;
        if (ImageFileReader.CanRead(extension))
        {
            await using (var stored = await store.OpenReadAsync(path, cancellationToken))
            {
                size = stored is null ? null : ImageFileReader.ReadSize(stored);
            }
            if (size is null)
            {
                return Refused(item, $"'{paths.SafeFileName(fileName)}' is not a readable .{extension} image: it may be damaged or another kind of file.");
            }
        }
        var url = store.GetUrl(path);
        var fileProperty = type.FindProperty(Conventions.Media.File)!;
        if (IsImageCropper(fileProperty))
        {
            var crops = ImageCropConfiguration.From(await dataTypes.GetAsync(fileProperty.DataTypeKey, cancellationToken));
            item.SetValue(fileProperty.Alias, new ImageCropperValue(url, ImageCropperFocalPoint.Centre, []).WithConfiguredCrops(crops));
        }
        else
        {
            item.SetValue(fileProperty.Alias, url);
        }
        SetIfTypeHas(type, item, Conventions.Media.Bytes, bytes);
        SetIfTypeHas(type, item, Conventions.Media.Extension, extension);
        SetIfTypeHas(type, item, Conventions.Media.Width, size?.Width);
        SetIfTypeHas(type, item, Conventions.Media.Height, size?.Height);
        return OperationResult<ContentItem>.Success(item);
    }

    private static void SetIfTypeHas(ContentType type, ContentItem item, string alias, object? value)
    {
        if (type.FindProperty(alias) is { } property)
        {
            item.SetValue(property.Alias, value);
        }
    }

    internal static bool IsImageCropper(PropertyType property) =>
        string.Equals(property.EditorAlias, ImageCropperPropertyEditor.EditorAlias, StringComparison.OrdinalIgnoreCase);

    private static string DisplayName(string? name, string fileName)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            return name.Trim();
        }
        var lastSegment = fileName.Replace('\\', '/');
        lastSegment = Path.GetFileNameWithoutExtension(lastSegment[(lastSegment.LastIndexOf('/') + 1)..]).Trim();
        return lastSegment.Trim('.').Length > 0 ? lastSegment : "Untitled";
    }

    private static OperationResult<ContentItem> Refused(ContentItem? item, string message) =>
        new(OperationStatus.ValidationFailed, item, [new ValidationError(Conventions.Media.File, null, message)], message);
}
