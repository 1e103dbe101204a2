using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Content;
using SelfHelp.Core.Media;
using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.Media;

/// <summary>Where media items sit: move one, sort a folder, put one in the recycle bin.</summary>
internal static class MediaStructureEndpoints
{
    public static void MapMediaStructureEndpoints(this RouteGroupBuilder media)
    {
        media.MapPut("{id:guid}/move", MoveAsync).WithName("PutMediaByIdMove");
        media.MapPut("{id:guid}/move-to-recycle-bin", MoveToRecycleBinAsync).WithName("PutMediaByIdMoveToRecycleBin");
        media.MapPut("sort", SortAsync).WithName("PutMediaSort");
    }

    internal static async Task<IResult> MoveAsync(Guid id, MoveMediaRequestModel request, HttpContext http, IMediaService media, MediaAccess access,
        CancellationToken cancellationToken)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        if (await MediaEditingEndpoints.EditableAsync(id, user, media, access, cancellationToken) is { } problem)
        {
            return problem;
        }
        var item = (await media.GetAsync(id, cancellationToken))!;
        var targetId = ContentItem.RootId;
        if (request.Target is { } target)
        {
            if (await media.GetAsync(target.Id, cancellationToken) is not { Trashed: false } parent
                || await access.OfAsync(user, parent, cancellationToken) == MediaAccessLevel.Hidden)
            {
                return ManagementProblems.NotFound(MediaText.Get(user, "ParentNotFound"), null, "ParentNotFound");
            }
            targetId = parent.Id;
        }
        if (!await access.MayUseAsParentAsync(user, targetId, cancellationToken))
        {
            return ManagementProblems.Forbidden(MediaText.Get(user, "NoAccess"));
        }
        var result = await media.MoveAsync(item.Id, targetId, user.Name, cancellationToken);
        return result.Succeeded ? ManagementResults.EmptyOk(http) : MediaResultProblems.From(result, user);
    }

    internal static async Task<IResult> MoveToRecycleBinAsync(Guid id, HttpContext http, IMediaService media, MediaAccess access, CancellationToken cancellationToken)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        if (await MediaEditingEndpoints.EditableAsync(id, user, media, access, cancellationToken) is { } problem)
        {
            return problem;
        }
        var item = (await media.GetAsync(id, cancellationToken))!;
        if (item.Trashed)
        {
            return ManagementProblems.BadRequest(MediaText.Get(user, "InRecycleBin"), null, "InTrash");
        }
        var result = await media.MoveToRecycleBinAsync(item.Id, user.Name, cancellationToken);
        return result.Succeeded ? ManagementResults.EmptyOk(http) : MediaResultProblems.From(result, user);
    }

    /// <summary>Sorts the children named in the request; children not named keep their places after them, as the engine sorts.</summary>
    internal static async Task<IResult> SortAsync(MediaSortingRequestModel request, HttpContext http, IMediaService media, MediaAccess access,
        CancellationToken cancellationToken)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
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
        var ordered = new List<int>();
        foreach (var entry in (request.Sorting ?? []).OrderBy(s => s.SortOrder))
        {
            if (await media.GetAsync(entry.Id, cancellationToken) is not { } child || child.ParentId != parentId)
            {
                return ManagementProblems.NotFound(MediaText.Get(user, "NotFound"), $"{entry.Id} is not a child of this parent.");
            }
            ordered.Add(child.Id);
        }
        var result = await media.SortAsync(parentId, ordered, user.Name, cancellationToken);
        return result.Succeeded ? ManagementResults.EmptyOk(http) : MediaResultProblems.From(result, user);
    }
}
