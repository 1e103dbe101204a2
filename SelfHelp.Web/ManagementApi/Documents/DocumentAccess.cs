using SelfHelp.Core.Content;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Documents;

/// <summary>
/// What the current back office user may do with documents: the verbs on a document's path (granular permissions,
/// else the groups' fallback verbs) and whether the document lies within their start nodes. The server refuses what the
/// client hides, so every operation asks here.
/// </summary>
internal sealed class DocumentAccess(IBackOfficeUserAccessor users, IContentService content)
{
    /// <summary>The signed-in user; the group's policy has already refused requests without one.</summary>
    public async Task<BackOfficeUser> UserAsync(HttpContext http) =>
        await users.GetCurrentAsync(http) ?? throw new InvalidOperationException("The Management API's policy lets no request through without a back office user.");

    /// <summary>The keys of the item's path, root first and the item last (the recycle bin and the root left out).</summary>
    public async Task<IReadOnlyList<Guid>> PathKeysAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var ids = PathIds(item.Path);
        if (ids.Count == 1 && ids[0] == item.Id)
        {
            return [item.Key];
        }
        var byId = (await content.GetManyAsync(ids, cancellationToken)).ToDictionary(i => i.Id, i => i.Key);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    /// <summary>The verbs the user has on <paramref name="item"/>, or, for a null item, at the root of the tree.</summary>
    public async Task<IReadOnlySet<string>> VerbsOnAsync(BackOfficeUser user, ContentItem? item, CancellationToken cancellationToken)
    {
        // Granular permissions are the exception: without any, the path need not be read.
        if (item is null || user.DocumentPermissionsByKey.Count == 0)
        {
            return user.FallbackPermissions;
        }
        return user.PermissionsOn(await PathKeysAsync(item, cancellationToken));
    }

    /// <summary>True when the item is one of the user's start nodes or beneath one (always, for a user with root access).</summary>
    public async Task<bool> IsWithinStartNodesAsync(BackOfficeUser user, ContentItem item, CancellationToken cancellationToken) =>
        user.HasDocumentRootAccess || (await PathKeysAsync(item, cancellationToken)).Any(user.DocumentStartNodeKeys.Contains);

    /// <summary>
    /// True when the user may open the item: it is within their start nodes and they have <paramref name="verb"/> on it.
    /// </summary>
    public async Task<bool> AllowsAsync(BackOfficeUser user, ContentItem? item, string verb, CancellationToken cancellationToken) =>
        (item is null ? user.HasDocumentRootAccess : await IsWithinStartNodesAsync(user, item, cancellationToken))
        && (await VerbsOnAsync(user, item, cancellationToken)).Contains(verb);

    public static IReadOnlyList<int> PathIds(string path) =>
        path.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)
            .Where(id => id is not ContentItem.RootId and not ContentItem.RecycleBinId).ToList();
}
