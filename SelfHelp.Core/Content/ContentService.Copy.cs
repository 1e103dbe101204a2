namespace SelfHelp.Core.Content;

/// <summary>Copying documents: new keys, the same names and values, never published.</summary>
internal sealed partial class ContentService
{
    public async Task<OperationResult<ContentItem>> CopyAsync(int id, int parentId, bool includeDescendants, string userName = "system", CancellationToken cancellationToken = default)
    {
        var source = await GetAsync(id, cancellationToken);
        if (source is null || source.Trashed)
        {
            return new(OperationStatus.NotFound, null, [], $"There is no item {id} to copy.");
        }
        // The descendants are read before the first copy is written, so a copy into the item's own subtree
        // copies what was there and never its own copies.
        var descendants = includeDescendants ? await GetDescendantsAsync(source, cancellationToken) : [];
        var copied = await CopyOneAsync(source, parentId, userName, cancellationToken);
        if (!copied.Succeeded || descendants.Count == 0)
        {
            return copied;
        }
        var copyIds = new Dictionary<int, int> { [source.Id] = copied.Value!.Id };
        foreach (var descendant in descendants.OrderBy(d => d.Level).ThenBy(d => d.SortOrder))
        {
            var child = await CopyOneAsync(descendant, copyIds[descendant.ParentId], userName, cancellationToken);
            if (!child.Succeeded)
            {
                return OperationResult<ContentItem>.From(child, copied.Value);
            }
            copyIds[descendant.Id] = child.Value!.Id;
        }
        return copied;
    }

    private async Task<OperationResult<ContentItem>> CopyOneAsync(ContentItem source, int parentId, string userName, CancellationToken cancellationToken)
    {
        var type = await TypeOfAsync(source, cancellationToken);
        var copy = new ContentItem(type, NodeObjectType.Document, Guid.NewGuid(), parentId) { Draft = source.Draft.Clone() };
        return await SaveAsync(copy, userName, "Copy", cancellationToken);
    }
}
