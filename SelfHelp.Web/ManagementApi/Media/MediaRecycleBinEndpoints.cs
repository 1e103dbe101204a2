using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Content;
using SelfHelp.Core.Media;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Media;

/// <summary>
/// The media recycle bin (<c>recycle-bin/media</c>): list it, restore from it, delete from it, empty it. As in
/// Umbraco, only users with access to the whole media library use it: what is in it no longer has a place in the tree.
/// </summary>
internal static class MediaRecycleBinEndpoints
{
    private const int MaxTake = 1000;

    public static void MapMediaRecycleBinEndpoints(this RouteGroupBuilder bin)
    {
        bin.MapGet("root", RootAsync).WithName("GetRecycleBinMediaRoot");
        bin.MapGet("children", ChildrenAsync).WithName("GetRecycleBinMediaChildren");
        bin.MapGet("{id:guid}/original-parent", OriginalParentAsync).WithName("GetRecycleBinMediaByIdOriginalParent");
        bin.MapPut("{id:guid}/restore", RestoreAsync).WithName("PutRecycleBinMediaByIdRestore");
        bin.MapDelete("{id:guid}", DeleteAsync).WithName("DeleteRecycleBinMediaById");
        bin.MapDelete("", EmptyAsync).WithName("DeleteRecycleBinMedia");
    }

    internal static async Task<Results<Ok<PagedViewModel<MediaRecycleBinItemResponseModel>>, ProblemHttpResult>> RootAsync(
        HttpContext http, IMediaService media, MediaAccess access, MediaPresentationFactory presentation, CancellationToken cancellationToken,
        int skip = 0, int take = 100)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        if (!user.HasMediaRootAccess)
        {
            return ManagementProblems.Forbidden(MediaText.Get(user, "NoRootAccess"));
        }
        var hidden = await access.HiddenTypesAsync(user, cancellationToken);
        var level = await media.GetChildrenPageAsync(ContentItem.MediaRecycleBinId, Math.Max(0, skip), Math.Clamp(take, 0, MaxTake), hidden, cancellationToken);
        return TypedResults.Ok(new PagedViewModel<MediaRecycleBinItemResponseModel>(level.Total, await presentation.RecycleBinItemsAsync(level.Items, hidden, cancellationToken)));
    }

    internal static async Task<Results<Ok<PagedViewModel<MediaRecycleBinItemResponseModel>>, ProblemHttpResult>> ChildrenAsync(
        HttpContext http, IMediaService media, MediaAccess access, MediaPresentationFactory presentation, CancellationToken cancellationToken,
        Guid? parentId = null, int skip = 0, int take = 100)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        if (!user.HasMediaRootAccess)
        {
            return ManagementProblems.Forbidden(MediaText.Get(user, "NoRootAccess"));
        }
        if (parentId is null || await media.GetAsync(parentId.Value, cancellationToken) is not { Trashed: true } parent
            || await access.OfAsync(user, parent, cancellationToken) == MediaAccessLevel.Hidden)
        {
            return ManagementProblems.NotFound(MediaText.Get(user, "NotInRecycleBin"));
        }
        var hidden = await access.HiddenTypesAsync(user, cancellationToken);
        var level = await media.GetChildrenPageAsync(parent.Id, Math.Max(0, skip), Math.Clamp(take, 0, MaxTake), hidden, cancellationToken);
        return TypedResults.Ok(new PagedViewModel<MediaRecycleBinItemResponseModel>(level.Total, await presentation.RecycleBinItemsAsync(level.Items, hidden, cancellationToken)));
    }

    /// <summary>The parent a trashed item came from, or null (an empty answer) when it came from the root or its parent is gone.</summary>
    internal static async Task<IResult> OriginalParentAsync(Guid id, HttpContext http, IMediaService media, MediaAccess access, CancellationToken cancellationToken)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        var (problem, item) = await TrashedAsync(id, user, media, access, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        return item!.OriginalParentId is > 0 and { } parentId && await media.GetAsync(parentId, cancellationToken) is { Trashed: false } parent
            ? TypedResults.Ok<ReferenceByIdModel?>(new ReferenceByIdModel(parent.Key))
            : TypedResults.Ok<ReferenceByIdModel?>(null);
    }

    internal static async Task<IResult> RestoreAsync(Guid id, MoveMediaRequestModel? request, HttpContext http, IMediaService media, MediaAccess access,
        CancellationToken cancellationToken)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        var (problem, item) = await TrashedAsync(id, user, media, access, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        int? targetId = null;
        if (request?.Target is { } target)
        {
            if (await media.GetAsync(target.Id, cancellationToken) is not { Trashed: false } parent
                || await access.OfAsync(user, parent, cancellationToken) == MediaAccessLevel.Hidden)
            {
                return ManagementProblems.NotFound(MediaText.Get(user, "ParentNotFound"), null, "ParentNotFound");
            }
            targetId = parent.Id;
        }
        var result = await media.RestoreAsync(item!.Id, targetId, user.Name, cancellationToken);
        return result.Succeeded ? ManagementResults.EmptyOk(http) : MediaResultProblems.From(result, user);
    }

    internal static async Task<IResult> DeleteAsync(Guid id, HttpContext http, IMediaService media, MediaAccess access, CancellationToken cancellationToken)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        var (problem, item) = await TrashedAsync(id, user, media, access, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var result = await media.DeleteAsync(item!.Id, user.Name, cancellationToken);
        return result.Succeeded ? ManagementResults.EmptyOk(http) : MediaResultProblems.From(result, user);
    }

    internal static async Task<IResult> EmptyAsync(HttpContext http, IMediaService media, CancellationToken cancellationToken)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        if (!user.HasMediaRootAccess)
        {
            return ManagementProblems.Forbidden(MediaText.Get(user, "NoRootAccess"));
        }
        var result = await media.EmptyRecycleBinAsync(user.Name, cancellationToken);
        return result.Succeeded ? ManagementResults.EmptyOk(http) : MediaResultProblems.From(result, user);
    }

    private static async Task<(ProblemHttpResult? Problem, ContentItem? Item)> TrashedAsync(Guid id, BackOfficeUser user, IMediaService media,
        MediaAccess access, CancellationToken cancellationToken)
    {
        if (!user.HasMediaRootAccess)
        {
            return (ManagementProblems.Forbidden(MediaText.Get(user, "NoRootAccess")), null);
        }
        return await media.GetAsync(id, cancellationToken) is { Trashed: true } item && await access.OfAsync(user, item, cancellationToken) != MediaAccessLevel.Hidden
            ? (null, item)
            : (ManagementProblems.NotFound(MediaText.Get(user, "NotInRecycleBin")), null);
    }
}
