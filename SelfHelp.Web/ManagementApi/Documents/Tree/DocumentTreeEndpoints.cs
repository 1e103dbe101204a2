using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Content;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Documents.Tree;

/// <summary>
/// The content tree: root, children, ancestors and siblings, paged in the database so a folder of any size opens as
/// fast as a small one. A user without root access sees their start nodes at the root, and the ancestors of a start
/// node only as the way to it (<c>noAccess</c>); items the user may not read are shown with <c>noAccess</c> too.
/// </summary>
internal static class DocumentTreeEndpoints
{
    private const int DefaultTake = 100;

    public static void MapDocumentTreeEndpoints(this RouteGroupBuilder tree)
    {
        tree.MapGet("root", RootAsync).WithName("GetTreeDocumentRoot");
        tree.MapGet("children", ChildrenAsync).WithName("GetTreeDocumentChildren");
        tree.MapGet("ancestors", AncestorsAsync).WithName("GetTreeDocumentAncestors");
        tree.MapGet("siblings", SiblingsAsync).WithName("GetTreeDocumentSiblings");
    }

    internal static async Task<Results<Ok<PagedViewModel<DocumentTreeItemResponseModel>>, ProblemHttpResult>> RootAsync(
        HttpContext http, DocumentAccess access, IContentService content, DocumentResponseBuilder builder, CancellationToken cancellationToken,
        int skip = 0, int take = DefaultTake)
    {
        var user = await access.UserAsync(http);
        var problems = DocumentProblems.For(user);
        if (Paging(skip, take, problems) is { } bad)
        {
            return bad;
        }
        if (user.HasDocumentRootAccess)
        {
            var page = await content.GetChildrenPageAsync(ContentItem.RootId, skip, take, cancellationToken: cancellationToken);
            return TypedResults.Ok(new PagedViewModel<DocumentTreeItemResponseModel>(page.Total,
                await ItemsAsync(page.Items, user, access, builder, aboveStartNodes: null, cancellationToken)));
        }
        var starts = (await content.GetManyAsync(user.DocumentStartNodeKeys.ToList(), cancellationToken)).Where(i => !i.Trashed).ToList();
        return TypedResults.Ok(new PagedViewModel<DocumentTreeItemResponseModel>(starts.Count,
            await ItemsAsync(starts.Skip(skip).Take(take).ToList(), user, access, builder, aboveStartNodes: null, cancellationToken)));
    }

    internal static async Task<Results<Ok<PagedViewModel<DocumentTreeItemResponseModel>>, ProblemHttpResult>> ChildrenAsync(
        HttpContext http, DocumentAccess access, IContentService content, DocumentResponseBuilder builder, CancellationToken cancellationToken,
        Guid? parentId = null, int skip = 0, int take = DefaultTake)
    {
        var user = await access.UserAsync(http);
        var problems = DocumentProblems.For(user);
        if (Paging(skip, take, problems) is { } bad)
        {
            return bad;
        }
        if (parentId is null || await content.GetAsync(parentId.Value, cancellationToken) is not { } parent)
        {
            return problems.NotFound();
        }
        if (await access.IsWithinStartNodesAsync(user, parent, cancellationToken))
        {
            var page = await content.GetChildrenPageAsync(parent.Id, skip, take, cancellationToken: cancellationToken);
            return TypedResults.Ok(new PagedViewModel<DocumentTreeItemResponseModel>(page.Total,
                await ItemsAsync(page.Items, user, access, builder, aboveStartNodes: null, cancellationToken)));
        }
        // Above a start node: only the children on the way down to the user's start nodes.
        var way = await WayToStartNodesAsync(user, parent, content, cancellationToken);
        if (way.Count == 0)
        {
            return problems.Forbidden();
        }
        var children = (await content.GetManyAsync(way, cancellationToken)).OrderBy(i => i.SortOrder).ToList();
        return TypedResults.Ok(new PagedViewModel<DocumentTreeItemResponseModel>(children.Count,
            await ItemsAsync(children.Skip(skip).Take(take).ToList(), user, access, builder, i => !user.DocumentStartNodeKeys.Contains(i.Key), cancellationToken)));
    }

    internal static async Task<Results<Ok<IReadOnlyList<DocumentTreeItemResponseModel>>, ProblemHttpResult>> AncestorsAsync(
        HttpContext http, DocumentAccess access, IContentService content, DocumentResponseBuilder builder, CancellationToken cancellationToken,
        Guid? descendantId = null)
    {
        var user = await access.UserAsync(http);
        var problems = DocumentProblems.For(user);
        if (descendantId is null || await content.GetAsync(descendantId.Value, cancellationToken) is not { } item)
        {
            return problems.NotFound();
        }
        var path = await content.GetManyAsync(DocumentAccess.PathIds(item.Path), cancellationToken);
        var startDepth = user.HasDocumentRootAccess ? 0 : path.ToList().FindIndex(i => user.DocumentStartNodeKeys.Contains(i.Key));
        if (startDepth < 0)
        {
            return problems.Forbidden();
        }
        var above = path.Take(startDepth).Select(i => i.Key).ToHashSet();
        return TypedResults.Ok(await ItemsAsync(path, user, access, builder, i => above.Contains(i.Key), cancellationToken));
    }

    internal static async Task<Results<Ok<SubsetDocumentTreeItemResponseModel>, ProblemHttpResult>> SiblingsAsync(
        HttpContext http, DocumentAccess access, IContentService content, DocumentResponseBuilder builder, CancellationToken cancellationToken,
        Guid? target = null, int before = 0, int after = 0)
    {
        var user = await access.UserAsync(http);
        var problems = DocumentProblems.For(user);
        if (before < 0 || after < 0)
        {
            return problems.InvalidPaging();
        }
        if (target is null || await content.GetAsync(target.Value, cancellationToken) is not { } item)
        {
            return problems.NotFound();
        }
        if (!await access.IsWithinStartNodesAsync(user, item, cancellationToken))
        {
            return problems.Forbidden();
        }
        var position = await content.CountSiblingsBeforeAsync(item, cancellationToken);
        var skip = Math.Max(0, position - before);
        var page = await content.GetChildrenPageAsync(item.ParentId, skip, position - skip + 1 + after, cancellationToken: cancellationToken);
        // At the root a user with start nodes sees only those, never their siblings.
        var items = user.HasDocumentRootAccess || item.ParentId != ContentItem.RootId
            ? page.Items
            : page.Items.Where(i => user.DocumentStartNodeKeys.Contains(i.Key)).ToList();
        return TypedResults.Ok(new SubsetDocumentTreeItemResponseModel(skip, Math.Max(0, page.Total - (position + 1 + after)),
            await ItemsAsync(items, user, access, builder, aboveStartNodes: null, cancellationToken)));
    }

    private static async Task<IReadOnlyList<DocumentTreeItemResponseModel>> ItemsAsync(IReadOnlyList<ContentItem> items, BackOfficeUser user,
        DocumentAccess access, DocumentResponseBuilder builder, Func<ContentItem, bool>? aboveStartNodes, CancellationToken cancellationToken)
    {
        var unreadable = new HashSet<Guid>();
        foreach (var item in items)
        {
            if (!(await access.VerbsOnAsync(user, item, cancellationToken)).Contains(DocumentPermissions.Read))
            {
                unreadable.Add(item.Key);
            }
        }
        return await builder.TreeItemsAsync(items, i => unreadable.Contains(i.Key) || aboveStartNodes?.Invoke(i) == true, cancellationToken);
    }

    /// <summary>The ids of the parent's children that are start nodes of the user or lie above one.</summary>
    private static async Task<IReadOnlyList<int>> WayToStartNodesAsync(BackOfficeUser user, ContentItem parent, IContentService content, CancellationToken cancellationToken)
    {
        var starts = await content.GetManyAsync(user.DocumentStartNodeKeys.ToList(), cancellationToken);
        return starts.Select(s => DocumentAccess.PathIds(s.Path)).Select(path => path.SkipWhile(id => id != parent.Id).Skip(1).FirstOrDefault())
            .Where(id => id != 0).Distinct().ToList();
    }

    private static ProblemHttpResult? Paging(int skip, int take, DocumentProblems problems) => skip < 0 || take < 0 ? problems.InvalidPaging() : null;
}
