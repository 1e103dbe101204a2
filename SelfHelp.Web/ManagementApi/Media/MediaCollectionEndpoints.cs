using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Content;
using SelfHelp.Core.Media;
using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.Media;

/// <summary>Umbraco's <c>MediaTypeCollectionReferenceResponseModel</c>.</summary>
public sealed record MediaTypeCollectionReferenceResponseModel(Guid Id, string Alias, string Icon, ReferenceByIdModel? Collection);

/// <summary>Umbraco's <c>MediaCollectionResponseModel</c>: one item of a folder's (or the root's) grid or table.</summary>
public sealed record MediaCollectionResponseModel(
    IReadOnlyList<MediaValueResponseModel> Values,
    IReadOnlyList<MediaVariantResponseModel> Variants,
    Guid Id,
    IReadOnlyList<MediaFlagModel> Flags,
    string? Creator,
    int SortOrder,
    MediaTypeCollectionReferenceResponseModel MediaType);

/// <summary>
/// The media section's collection view (<c>collection/media</c>): the children of a folder, or the root, as the grid and
/// table show them. In sort order they are paged in the database; a filter on names or another order reads the level.
/// </summary>
internal static class MediaCollectionEndpoints
{
    private const int MaxTake = 1000;

    public static void MapMediaCollectionEndpoints(this RouteGroupBuilder collection) =>
        collection.MapGet("", CollectionAsync).WithName("GetCollectionMedia");

    internal static async Task<Results<Ok<PagedViewModel<MediaCollectionResponseModel>>, ProblemHttpResult>> CollectionAsync(
        HttpContext http, IMediaService media, MediaAccess access, MediaPresentationFactory presentation, CancellationToken cancellationToken,
        Guid? id = null, string? orderBy = null, string? orderDirection = null, string? filter = null, int skip = 0, int take = 100)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        var hidden = await access.HiddenTypesAsync(user, cancellationToken);
        (skip, take) = (Math.Max(0, skip), Math.Clamp(take, 0, MaxTake));
        IReadOnlyList<ContentItem> level;
        long total;
        if (id is null && !user.HasMediaRootAccess)
        {
            level = Arrange(await access.StartNodesAsync(user, cancellationToken), orderBy, orderDirection, filter).ToList();
            total = level.Count;
            level = level.Skip(skip).Take(take).ToList();
        }
        else
        {
            var parentId = ContentItem.RootId;
            if (id is { } key)
            {
                if (await media.GetAsync(key, cancellationToken) is not { Trashed: false } parent)
                {
                    return ManagementProblems.NotFound(MediaText.Get(user, "NotFound"));
                }
                switch (await access.OfAsync(user, parent, cancellationToken))
                {
                    case MediaAccessLevel.Hidden:
                        return ManagementProblems.NotFound(MediaText.Get(user, "NotFound"));
                    case MediaAccessLevel.OutsideStartNodes:
                        return ManagementProblems.Forbidden(MediaText.Get(user, "NoAccess"));
                }
                parentId = parent.Id;
            }
            if (string.IsNullOrWhiteSpace(filter) && IsSortOrder(orderBy) && !Descending(orderDirection))
            {
                var page = await media.GetChildrenPageAsync(parentId, skip, take, hidden, cancellationToken);
                (level, total) = (page.Items, page.Total);
            }
            else
            {
                var all = (await media.GetChildrenAsync(parentId, cancellationToken))
                    .Where(c => !hidden.Contains(c.ContentTypeAlias, StringComparer.OrdinalIgnoreCase));
                var arranged = Arrange(all, orderBy, orderDirection, filter).ToList();
                (level, total) = (arranged.Skip(skip).Take(take).ToList(), arranged.Count);
            }
        }
        var items = new List<MediaCollectionResponseModel>(level.Count);
        foreach (var item in level)
        {
            var detail = await presentation.DetailAsync(item, cancellationToken);
            var type = await presentation.TypeOfAsync(item, cancellationToken);
            items.Add(new MediaCollectionResponseModel(detail.Values, detail.Variants, item.Key, [], null, item.SortOrder,
                new MediaTypeCollectionReferenceResponseModel(type.Key, type.Alias, detail.MediaType.Icon, null)));
        }
        return TypedResults.Ok(new PagedViewModel<MediaCollectionResponseModel>(total, items));
    }

    private static bool IsSortOrder(string? orderBy) => orderBy is null || string.Equals(orderBy, "sortOrder", StringComparison.OrdinalIgnoreCase);

    private static bool Descending(string? direction) => string.Equals(direction, "Descending", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<ContentItem> Arrange(IEnumerable<ContentItem> items, string? orderBy, string? orderDirection, string? filter)
    {
        if (!string.IsNullOrWhiteSpace(filter))
        {
            items = items.Where(i => i.Draft.Names.Values.Any(n => n.Contains(filter.Trim(), StringComparison.CurrentCultureIgnoreCase)));
        }
        Func<ContentItem, IComparable> key = orderBy?.ToLowerInvariant() switch
        {
            "name" => i => i.Draft.Names.Values.FirstOrDefault() ?? "",
            "createdate" => i => i.CreateDate,
            "updatedate" => i => i.UpdateDate,
            _ => i => i.SortOrder,
        };
        return Descending(orderDirection) ? items.OrderByDescending(key) : items.OrderBy(key);
    }
}
