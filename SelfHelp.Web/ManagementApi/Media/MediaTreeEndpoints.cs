using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Content;
using SelfHelp.Core.Media;
using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.Media;

/// <summary>
/// The media tree (<c>tree/media/root|children|ancestors</c>), paged in the database. A user with media start nodes
/// sees those nodes as the root; internal media are left out for users without sensitive-data access.
/// </summary>
internal static class MediaTreeEndpoints
{
    private const int MaxTake = 1000;

    public static void MapMediaTreeEndpoints(this RouteGroupBuilder tree)
    {
        tree.MapGet("root", RootAsync).WithName("GetTreeMediaRoot");
        tree.MapGet("children", ChildrenAsync).WithName("GetTreeMediaChildren");
        tree.MapGet("ancestors", AncestorsAsync).WithName("GetTreeMediaAncestors");
    }

    internal static async Task<Ok<PagedViewModel<MediaTreeItemResponseModel>>> RootAsync(
        HttpContext http, IMediaService media, MediaAccess access, MediaPresentationFactory presentation, CancellationToken cancellationToken,
        int skip = 0, int take = 100)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        var hidden = await access.HiddenTypesAsync(user, cancellationToken);
        (skip, take) = (Math.Max(0, skip), Math.Clamp(take, 0, MaxTake));
        if (!user.HasMediaRootAccess)
        {
            var starts = await access.StartNodesAsync(user, cancellationToken);
            var page = starts.Skip(skip).Take(take).ToList();
            return TypedResults.Ok(new PagedViewModel<MediaTreeItemResponseModel>(starts.Count, await presentation.TreeItemsAsync(page, hidden, null, cancellationToken)));
        }
        var level = await media.GetChildrenPageAsync(ContentItem.RootId, skip, take, hidden, cancellationToken);
        return TypedResults.Ok(new PagedViewModel<MediaTreeItemResponseModel>(level.Total, await presentation.TreeItemsAsync(level.Items, hidden, null, cancellationToken)));
    }

    internal static async Task<Results<Ok<PagedViewModel<MediaTreeItemResponseModel>>, ProblemHttpResult>> ChildrenAsync(
        HttpContext http, IMediaService media, MediaAccess access, MediaPresentationFactory presentation, CancellationToken cancellationToken,
        Guid? parentId = null, int skip = 0, int take = 100)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        if (parentId is null || await media.GetAsync(parentId.Value, cancellationToken) is not { Trashed: false } parent)
        {
            return ManagementProblems.NotFound(MediaText.Get(user, "ParentNotFound"));
        }
        switch (await access.OfAsync(user, parent, cancellationToken))
        {
            case MediaAccessLevel.Hidden:
                return ManagementProblems.NotFound(MediaText.Get(user, "ParentNotFound"));
            case MediaAccessLevel.OutsideStartNodes:
                return ManagementProblems.Forbidden(MediaText.Get(user, "NoAccess"));
        }
        var hidden = await access.HiddenTypesAsync(user, cancellationToken);
        var level = await media.GetChildrenPageAsync(parent.Id, Math.Max(0, skip), Math.Clamp(take, 0, MaxTake), hidden, cancellationToken);
        return TypedResults.Ok(new PagedViewModel<MediaTreeItemResponseModel>(level.Total, await presentation.TreeItemsAsync(level.Items, hidden, null, cancellationToken)));
    }

    /// <summary>The item's ancestors from the root down, ending with the item itself (as Umbraco answers it).</summary>
    internal static async Task<Results<Ok<IReadOnlyList<MediaTreeItemResponseModel>>, ProblemHttpResult>> AncestorsAsync(
        HttpContext http, IMediaService media, MediaAccess access, MediaPresentationFactory presentation, CancellationToken cancellationToken,
        Guid? descendantId = null)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        if (descendantId is null || await media.GetAsync(descendantId.Value, cancellationToken) is not { } item
            || await access.OfAsync(user, item, cancellationToken) == MediaAccessLevel.Hidden)
        {
            return ManagementProblems.NotFound(MediaText.Get(user, "NotFound"));
        }
        var hidden = await access.HiddenTypesAsync(user, cancellationToken);
        var path = new List<ContentItem>();
        foreach (var id in item.Path.Split(',').Select(int.Parse).Where(id => id > 0))
        {
            if (await media.GetAsync(id, cancellationToken) is { } node)
            {
                path.Add(node);
            }
        }
        var outside = new HashSet<int>();
        foreach (var node in path)
        {
            if (await access.OfAsync(user, node, cancellationToken) != MediaAccessLevel.Allowed)
            {
                outside.Add(node.Id);
            }
        }
        var items = new List<MediaTreeItemResponseModel>();
        foreach (var node in path)
        {
            // Items of one level at a time, so each learns whether it has children.
            items.AddRange(await presentation.TreeItemsAsync([node], hidden, n => outside.Contains(n.Id), cancellationToken));
        }
        return TypedResults.Ok<IReadOnlyList<MediaTreeItemResponseModel>>(items);
    }
}
