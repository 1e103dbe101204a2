using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Content.Nodes;

/// <summary>Where an item may go: beneath a parent that exists outside the recycle bin, is neither the item nor beneath it, and allows its type.</summary>
internal sealed class NodePlacement(IContentTypeService contentTypes, NodeObjectType objectType)
{
    /// <summary>
    /// Checks against the rows as <paramref name="db"/> reads them now; inside a node write that is the state the write
    /// changes, so the answer still holds when it commits.
    /// </summary>
    public async Task<OperationResult> CheckAsync(SelfHelpDbContext db, ContentType type, int itemId, int parentId, CancellationToken cancellationToken)
    {
        if (parentId == ContentItem.RootId)
        {
            return type.AllowAtRoot || objectType == NodeObjectType.Media
                ? OperationResult.Success()
                : OperationResult.Fail(OperationStatus.NotAllowed, $"A {type.Name} cannot be created at the root.");
        }
        var parent = await db.Nodes.AsNoTracking()
            .Where(n => n.Id == parentId && n.ObjectType == objectType)
            .Select(n => new { n.Path, n.Trashed, n.ContentTypeAlias })
            .FirstOrDefaultAsync(cancellationToken);
        if (parent is null || parent.Trashed)
        {
            return OperationResult.Fail(OperationStatus.NotAllowed, $"The parent {parentId} does not exist or is in the recycle bin.");
        }
        if (itemId != 0 && (parentId == itemId || NodeMapper.ParsePath(parent.Path).Contains(itemId)))
        {
            return OperationResult.Fail(OperationStatus.NotAllowed, "An item cannot be moved beneath itself.");
        }
        var parentType = await contentTypes.GetAsync(parent.ContentTypeAlias, cancellationToken)
            ?? throw new InvalidOperationException($"Item {parentId} has the unknown type '{parent.ContentTypeAlias}'.");
        return parentType.AllowsChild(type.Alias)
            ? OperationResult.Success()
            : OperationResult.Fail(OperationStatus.NotAllowed, $"A {type.Name} is not allowed beneath a {parentType.Name}.");
    }

    /// <summary>The sort order that puts an item last among <paramref name="siblings"/>.</summary>
    public static async Task<int> NextSortOrderAsync(IQueryable<NodeEntity> siblings, CancellationToken cancellationToken) =>
        (await siblings.MaxAsync(n => (int?)n.SortOrder, cancellationToken) ?? -1) + 1;
}
