using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Media;
using SelfHelp.Core.Visibility;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Media;

/// <summary>How a media item stands for a user: theirs to see, outside their media start nodes, or not shown to them at all.</summary>
public enum MediaAccessLevel
{
    Allowed,
    OutsideStartNodes,
    Hidden,
}

/// <summary>
/// What of the media library a back office user may see and change: only what lies at or below their media start
/// nodes, and internal media (a type, or the type of a folder above it, with a group aliased <c>internal</c>: consent
/// forms, private folders) only with sensitive-data access; to everyone else it does not exist.
/// </summary>
internal sealed class MediaAccess(IMediaService media, IContentTypeService types)
{
    /// <summary>The media type aliases the user must not see (none with sensitive-data access).</summary>
    public async Task<IReadOnlyCollection<string>> HiddenTypesAsync(BackOfficeUser user, CancellationToken cancellationToken)
    {
        if (user.HasAccessToSensitiveData)
        {
            return [];
        }
        return (await types.GetAllAsync(cancellationToken))
            .Where(t => t.Kind == ContentTypeKind.Media && IsInternal(t))
            .Select(t => t.Alias)
            .ToList();
    }

    /// <summary>The user's media start nodes that exist and are visible to them; empty for root access.</summary>
    public async Task<IReadOnlyList<ContentItem>> StartNodesAsync(BackOfficeUser user, CancellationToken cancellationToken)
    {
        var found = new List<ContentItem>();
        foreach (var key in user.MediaStartNodeKeys)
        {
            if (await media.GetAsync(key, cancellationToken) is { Trashed: false } node
                && await HiddenByTypeAsync(user, node, cancellationToken) is false)
            {
                found.Add(node);
            }
        }
        return found;
    }

    public async Task<MediaAccessLevel> OfAsync(BackOfficeUser user, ContentItem item, CancellationToken cancellationToken)
    {
        if (await HiddenByTypeAsync(user, item, cancellationToken))
        {
            return MediaAccessLevel.Hidden;
        }
        if (user.HasMediaRootAccess)
        {
            return MediaAccessLevel.Allowed;
        }
        var path = PathIds(item);
        var startIds = (await StartNodesAsync(user, cancellationToken)).Select(s => s.Id);
        return startIds.Any(path.Contains) ? MediaAccessLevel.Allowed : MediaAccessLevel.OutsideStartNodes;
    }

    /// <summary>True when the user may place items beneath <paramref name="parentId"/> (the root only with root access).</summary>
    public async Task<bool> MayUseAsParentAsync(BackOfficeUser user, int parentId, CancellationToken cancellationToken) =>
        parentId == ContentItem.RootId
            ? user.HasMediaRootAccess
            : await media.GetAsync(parentId, cancellationToken) is { Trashed: false } parent
              && await OfAsync(user, parent, cancellationToken) == MediaAccessLevel.Allowed;

    private async Task<bool> HiddenByTypeAsync(BackOfficeUser user, ContentItem item, CancellationToken cancellationToken)
    {
        var hidden = await HiddenTypesAsync(user, cancellationToken);
        if (hidden.Count == 0)
        {
            return false;
        }
        if (hidden.Contains(item.ContentTypeAlias, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }
        foreach (var id in PathIds(item).Where(id => id > 0 && id != item.Id))
        {
            if (await media.GetAsync(id, cancellationToken) is { } ancestor && hidden.Contains(ancestor.ContentTypeAlias, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static List<int> PathIds(ContentItem item) =>
        item.Path.Split(',').Select(part => int.TryParse(part, out var id) ? id : ContentItem.RootId).ToList();

    private static bool IsInternal(ContentType type) =>
        type.Groups.Any(g => string.Equals(g.Alias, PublicVisibility.InternalGroupAlias, StringComparison.OrdinalIgnoreCase));
}
