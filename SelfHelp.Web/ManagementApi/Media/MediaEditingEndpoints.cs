using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Media;
using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.Media;

/// <summary>
/// A media item in the media workspace: read it, create it (from an upload), update its names, values, focal point
/// and crops, delete it for good. Each checks the item lies within the user's media start nodes.
/// </summary>
internal static class MediaEditingEndpoints
{
    public static void MapMediaEditingEndpoints(this RouteGroupBuilder media)
    {
        media.MapGet("{id:guid}", GetAsync).WithName("GetMediaById");
        media.MapPost("", CreateAsync).WithName("PostMedia");
        media.MapPut("{id:guid}", UpdateAsync).WithName("PutMediaById");
        media.MapDelete("{id:guid}", DeleteAsync).WithName("DeleteMediaById");
    }

    internal static async Task<Results<Ok<MediaResponseModel>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext http, IMediaService media, MediaAccess access, MediaPresentationFactory presentation, CancellationToken cancellationToken)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        if (await media.GetAsync(id, cancellationToken) is not { } item)
        {
            return ManagementProblems.NotFound(MediaText.Get(user, "NotFound"));
        }
        return await access.OfAsync(user, item, cancellationToken) switch
        {
            MediaAccessLevel.Hidden => ManagementProblems.NotFound(MediaText.Get(user, "NotFound")),
            MediaAccessLevel.OutsideStartNodes => ManagementProblems.Forbidden(MediaText.Get(user, "NoAccess")),
            _ => TypedResults.Ok(await presentation.DetailAsync(item, cancellationToken)),
        };
    }

    internal static async Task<IResult> CreateAsync(
        CreateMediaRequestModel request, HttpContext http, IMediaService media, IContentTypeService types, MediaAccess access,
        TemporaryFileStore temporaryFiles, CancellationToken cancellationToken)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        if (request.MediaType is null || await types.GetAsync(request.MediaType.Id, cancellationToken) is not { Kind: ContentTypeKind.Media } type)
        {
            return ManagementProblems.NotFound(MediaText.Get(user, "MediaTypeNotFound"), null, "ContentTypeNotFound");
        }
        var parentId = ContentItem.RootId;
        if (request.Parent is { } parentReference)
        {
            if (await media.GetAsync(parentReference.Id, cancellationToken) is not { Trashed: false } parent
                || await access.OfAsync(user, parent, cancellationToken) == MediaAccessLevel.Hidden)
            {
                return ManagementProblems.NotFound(MediaText.Get(user, "ParentNotFound"), null, "ParentNotFound");
            }
            parentId = parent.Id;
        }
        if (!await access.MayUseAsParentAsync(user, parentId, cancellationToken))
        {
            return ManagementProblems.Forbidden(MediaText.Get(user, "NoAccess"));
        }
        var key = request.Id ?? Guid.NewGuid();
        if (await media.GetAsync(key, cancellationToken) is not null)
        {
            return ManagementProblems.BadRequest(MediaText.Get(user, "DuplicateKey"), null, "DuplicateKey");
        }
        var item = new ContentItem(type, NodeObjectType.Media, key, parentId);
        var edit = new MediaEditRequest();
        edit.Apply(item, type, request.Variants ?? [], request.Values ?? [], MediaText.Get(user, "NameRequired"), MediaText.Get(user, "InvalidCrop"));
        if (edit.Errors.Count > 0)
        {
            return ManagementProblems.Validation(edit.Errors, MediaText.Get(user, "SaveFailed"));
        }
        var saved = await SaveAsync(item, edit, user, media, temporaryFiles, cancellationToken);
        if (saved is not null)
        {
            return saved;
        }
        return ManagementResults.Created(http, key, $"{ManagementApiBuilderExtensions.Prefix}/v1/media/{key}");
    }

    internal static async Task<IResult> UpdateAsync(
        Guid id, UpdateMediaRequestModel request, HttpContext http, IMediaService media, MediaAccess access, MediaPresentationFactory presentation,
        TemporaryFileStore temporaryFiles, CancellationToken cancellationToken)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        if (await EditableAsync(id, user, media, access, cancellationToken) is { } problem)
        {
            return problem;
        }
        var item = (await media.GetAsync(id, cancellationToken))!;
        if (item.Trashed)
        {
            return ManagementProblems.BadRequest(MediaText.Get(user, "InRecycleBin"), null, "InTrash");
        }
        var edit = new MediaEditRequest();
        edit.Apply(item, await presentation.TypeOfAsync(item, cancellationToken), request.Variants ?? [], request.Values ?? [],
            MediaText.Get(user, "NameRequired"), MediaText.Get(user, "InvalidCrop"));
        if (edit.Errors.Count > 0)
        {
            return ManagementProblems.Validation(edit.Errors, MediaText.Get(user, "SaveFailed"));
        }
        if (await SaveAsync(item, edit, user, media, temporaryFiles, cancellationToken) is { } refused)
        {
            return refused;
        }
        ManagementResults.AddNotification(http, MediaText.Get(user, "Saved"), item.GetName() ?? "");
        return ManagementResults.EmptyOk(http);
    }

    internal static async Task<IResult> DeleteAsync(Guid id, HttpContext http, IMediaService media, MediaAccess access, CancellationToken cancellationToken)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        if (await EditableAsync(id, user, media, access, cancellationToken) is { } problem)
        {
            return problem;
        }
        var item = (await media.GetAsync(id, cancellationToken))!;
        // As Umbraco: an item is deleted for good only from the recycle bin.
        if (!item.Trashed)
        {
            return ManagementProblems.BadRequest(MediaText.Get(user, "NotInRecycleBin"), null, "NotInTrash");
        }
        var result = await media.DeleteAsync(item.Id, user.Name, cancellationToken);
        return result.Succeeded ? ManagementResults.EmptyOk(http) : MediaResultProblems.From(result, user);
    }

    /// <summary>A problem when the item does not exist for the user or lies outside their start nodes; otherwise null.</summary>
    internal static async Task<ProblemHttpResult?> EditableAsync(Guid id, Security.BackOfficeUser user, IMediaService media, MediaAccess access,
        CancellationToken cancellationToken)
    {
        if (await media.GetAsync(id, cancellationToken) is not { } item)
        {
            return ManagementProblems.NotFound(MediaText.Get(user, "NotFound"));
        }
        return await access.OfAsync(user, item, cancellationToken) switch
        {
            MediaAccessLevel.Hidden => ManagementProblems.NotFound(MediaText.Get(user, "NotFound")),
            MediaAccessLevel.OutsideStartNodes => ManagementProblems.Forbidden(MediaText.Get(user, "NoAccess")),
            _ => null,
        };
    }

    // Stores the upload (if one was sent) with the item, then the focal point and crops sent with it; null when saved.
    private static async Task<IResult?> SaveAsync(ContentItem item, MediaEditRequest edit, Security.BackOfficeUser user, IMediaService media,
        TemporaryFileStore temporaryFiles, CancellationToken cancellationToken)
    {
        if (edit.TemporaryFileId is not { } temporaryId)
        {
            var saved = await media.SaveAsync(item, user.Name, cancellationToken);
            return saved.Succeeded ? null : MediaResultProblems.From(saved, user);
        }
        if (await temporaryFiles.GetAsync(temporaryId, user.Key, cancellationToken) is not { } file)
        {
            return ManagementProblems.Validation(
                new Dictionary<string, string[]> { [MediaEditRequest.ValuePath(Umbraco.Cms.Core.Constants.Conventions.Media.File, null)] = [MediaText.Get(user, "TemporaryFileNotFound")] },
                MediaText.Get(user, "TemporaryFileNotFound"), null, "TemporaryFileNotFound");
        }
        OperationResult<ContentItem> stored;
        await using (var content = temporaryFiles.OpenRead(file))
        {
            stored = await media.SaveWithFileAsync(item, content, file.FileName, user.Name, cancellationToken);
        }
        if (!stored.Succeeded)
        {
            return MediaResultProblems.From(stored, user);
        }
        temporaryFiles.Delete(temporaryId);
        if (edit.NewImageCrops is { } crops && (crops.FocalPoint is not null || crops.Crops.Any(c => c.Coordinates is not null))
            && ImageCropperValue.From(stored.Value!.GetValue(Umbraco.Cms.Core.Constants.Conventions.Media.File)) is { } value)
        {
            var withCrops = stored.Value!;
            withCrops.SetValue(Umbraco.Cms.Core.Constants.Conventions.Media.File, value with
            {
                FocalPoint = crops.FocalPoint?.Normalised() ?? value.FocalPoint,
                Crops = value.Crops.Select(c => crops.Crops.FirstOrDefault(k => string.Equals(k.Alias, c.Alias, StringComparison.OrdinalIgnoreCase)) is { Coordinates: { } coordinates }
                    ? c with { Coordinates = coordinates }
                    : c).ToList(),
            });
            var saved = await media.SaveAsync(withCrops, user.Name, cancellationToken);
            return saved.Succeeded ? null : MediaResultProblems.From(saved, user);
        }
        return null;
    }
}
