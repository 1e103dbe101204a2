using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Content;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.DocumentOperations;

/// <summary>A document the current user may act on, or the problem to answer instead.</summary>
internal sealed record DocumentAccessResult(BackOfficeUser User, ContentItem? Item, ProblemHttpResult? Problem)
{
    public bool Allowed => Problem is null;
}

/// <summary>
/// The one place the document operations check what the client hides: the verb on the document's path (nearest
/// granular permission, else the groups' fallback), start nodes, and the recycle bin only for users with root access.
/// </summary>
internal sealed class DocumentAccess(IContentService content, IBackOfficeUserAccessor users)
{
    public async Task<BackOfficeUser> UserAsync(HttpContext context) =>
        await users.GetCurrentAsync(context) ?? throw new InvalidOperationException("The section policy lets only back office users in.");

    /// <summary>The document <paramref name="key"/> if the user has <paramref name="verb"/> on it; trashed documents only when <paramref name="trashed"/>.</summary>
    public async Task<DocumentAccessResult> DocumentAsync(HttpContext context, Guid key, string verb, bool? trashed = false, CancellationToken ct = default)
    {
        var user = await UserAsync(context);
        var item = await content.GetAsync(key, ct);
        if (item is null || (trashed is { } wanted && item.Trashed != wanted))
        {
            var text = item is null ? DocumentOperationText.DocumentNotFound : item.Trashed ? DocumentOperationText.InRecycleBin : DocumentOperationText.NotInRecycleBin;
            return new(user, item, ManagementProblems.NotFound(text.For(user), operationStatus: item is null ? "NotFound" : item.Trashed ? "InTrash" : "NotInTrash"));
        }
        if (item.Trashed && !user.HasDocumentRootAccess)
        {
            return new(user, item, Forbidden(user, DocumentOperationText.NoRootAccess));
        }
        var path = await PathKeysAsync(item, ct);
        if (!item.Trashed && !WithinStartNodes(user, path))
        {
            return new(user, item, Forbidden(user, DocumentOperationText.NoPermission));
        }
        return user.PermissionsOn(path).Contains(verb) ? new(user, item, null) : new(user, item, Forbidden(user, DocumentOperationText.NoPermission));
    }

    /// <summary>
    /// A target parent (null: the root) the user has <paramref name="verb"/> on; the root needs root access, as in Umbraco.
    /// </summary>
    public async Task<DocumentAccessResult> ParentAsync(HttpContext context, Guid? key, string verb, CancellationToken ct = default)
    {
        if (key is { } parentKey)
        {
            var parent = await DocumentAsync(context, parentKey, verb, trashed: false, ct);
            return parent.Item is null ? parent with { Problem = ManagementProblems.NotFound(DocumentOperationText.TargetNotFound.For(parent.User)) } : parent;
        }
        var user = await UserAsync(context);
        if (!user.HasDocumentRootAccess)
        {
            return new(user, null, Forbidden(user, DocumentOperationText.NoRootAccess));
        }
        return user.FallbackPermissions.Contains(verb) ? new(user, null, null) : new(user, null, Forbidden(user, DocumentOperationText.NoPermission));
    }

    /// <summary>The recycle bin as a whole (listing, emptying): users with root access and <paramref name="verb"/>.</summary>
    public async Task<ProblemHttpResult?> RecycleBinAsync(HttpContext context, string verb)
    {
        var user = await UserAsync(context);
        if (!user.HasDocumentRootAccess)
        {
            return Forbidden(user, DocumentOperationText.NoRootAccess);
        }
        return user.FallbackPermissions.Contains(verb) ? null : Forbidden(user, DocumentOperationText.NoPermission);
    }

    /// <summary>The keys of the document's path, root first, the document last (the recycle bin itself left out).</summary>
    public async Task<IReadOnlyList<Guid>> PathKeysAsync(ContentItem item, CancellationToken ct)
    {
        var keys = new List<Guid>();
        foreach (var id in item.Path.Split(',').Select(int.Parse).Where(id => id > 0))
        {
            if (id == item.Id)
            {
                keys.Add(item.Key);
            }
            else if (await content.GetAsync(id, ct) is { } ancestor)
            {
                keys.Add(ancestor.Key);
            }
        }
        return keys;
    }

    private static bool WithinStartNodes(BackOfficeUser user, IReadOnlyList<Guid> path) =>
        user.HasDocumentRootAccess || path.Any(user.DocumentStartNodeKeys.Contains);

    public static ProblemHttpResult Forbidden(BackOfficeUser user, DocumentOperationText text) => ManagementProblems.Forbidden(text.For(user));
}
