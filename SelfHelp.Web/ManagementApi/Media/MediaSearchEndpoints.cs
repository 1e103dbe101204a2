using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Media;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.Media;

/// <summary>
/// The media picker's search (<c>item/media/search</c>): media whose name contains the query, read from the published
/// cache (media are live as soon as they are saved), within the user's start nodes and without internal media for
/// users without sensitive-data access.
/// </summary>
internal static class MediaSearchEndpoints
{
    private const int MaxTake = 1000;

    public static void MapMediaSearchEndpoints(this RouteGroupBuilder v1) =>
        v1.MapGet("item/media/search", SearchAsync).WithName("GetItemMediaSearch");

    internal static async Task<Ok<PagedViewModel<MediaItemResponseModel>>> SearchAsync(
        HttpContext http, IPublishedContentCache cache, IMediaService media, IContentTypeService types, MediaAccess access,
        MediaPresentationFactory presentation, CancellationToken cancellationToken,
        string? query = null, int skip = 0, int take = 100, Guid? parentId = null, [FromQuery] Guid[]? allowedMediaTypes = null)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        var hidden = (await access.HiddenTypesAsync(user, cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var snapshot = cache.Current;
        var all = snapshot.All.Where(c => c.ObjectType == NodeObjectType.Media).ToList();

        // Anything at or below one of these ids is out of reach: internal items (with what they hold) and what lies outside the start nodes.
        var hiddenIds = all.Where(c => hidden.Contains(c.ContentTypeAlias)).Select(c => c.Id.ToString()).ToHashSet();
        var startIds = user.HasMediaRootAccess ? null : (await access.StartNodesAsync(user, cancellationToken)).Select(s => s.Id.ToString()).ToHashSet();
        var allowedAliases = allowedMediaTypes is { Length: > 0 }
            ? (await types.GetAllAsync(cancellationToken)).Where(t => allowedMediaTypes.Contains(t.Key)).Select(t => t.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : null;
        string? underId = null;
        if (parentId is { } parentKey)
        {
            underId = snapshot.GetByKey(parentKey)?.Id.ToString() ?? "none";
        }
        var text = query?.Trim() ?? "";
        var matches = all.Where(c =>
            {
                var path = c.Path.Split(',');
                return !path.Any(hiddenIds.Contains)
                    && (startIds is null || path.Any(startIds.Contains))
                    && (underId is null || (path.Contains(underId) && c.Id.ToString() != underId))
                    && (allowedAliases is null || allowedAliases.Contains(c.ContentTypeAlias))
                    && (text.Length == 0 || c.Cultures.Values.Any(v => v.Name.Contains(text, StringComparison.CurrentCultureIgnoreCase)));
            })
            .OrderBy(c => c.Level).ThenBy(c => c.SortOrder)
            .ToList();

        var page = new List<ContentItem>();
        foreach (var match in matches.Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 0, MaxTake)))
        {
            if (await media.GetAsync(match.Key, cancellationToken) is { Trashed: false } item)
            {
                page.Add(item);
            }
        }
        return TypedResults.Ok(new PagedViewModel<MediaItemResponseModel>(matches.Count, await presentation.ItemsAsync(page, hidden, cancellationToken)));
    }
}
