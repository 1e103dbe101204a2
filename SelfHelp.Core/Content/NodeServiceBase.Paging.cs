using SelfHelp.Core.Content.Nodes;

namespace SelfHelp.Core.Content;

/// <summary>Reads for back office trees that must stay fast at any size: a page of children and which items have children, both in the database.</summary>
internal abstract partial class NodeServiceBase
{
    public Task<NodePage> GetChildrenPageAsync(int parentId, int skip, int take, IReadOnlyCollection<string>? excludedTypeAliases = null,
        CancellationToken cancellationToken = default)
    {
        var excluded = excludedTypeAliases?.ToList() ?? [];
        return _reader.PageAsync(n => n.ParentId == parentId && !excluded.Contains(n.ContentTypeAlias), Math.Max(0, skip), Math.Max(0, take), cancellationToken);
    }

    public Task<IReadOnlySet<int>> GetIdsWithChildrenAsync(IReadOnlyCollection<int> ids, IReadOnlyCollection<string>? excludedTypeAliases = null,
        CancellationToken cancellationToken = default)
    {
        var excluded = excludedTypeAliases?.ToList() ?? [];
        return _reader.ParentsAmongAsync(ids, n => !excluded.Contains(n.ContentTypeAlias), cancellationToken);
    }

    public async Task<int> CountSiblingsBeforeAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(_reader.Rows(db), n => n.ParentId == item.ParentId
            && (n.SortOrder < item.SortOrder || (n.SortOrder == item.SortOrder && n.Id < item.Id)), cancellationToken);
    }

    public Task<IReadOnlyList<ContentItem>> GetManyAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default)
    {
        var list = ids.Distinct().ToList();
        return _reader.ListAsync(n => list.Contains(n.Id), cancellationToken);
    }

    public Task<IReadOnlyList<ContentItem>> GetManyAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default)
    {
        var list = keys.Distinct().ToList();
        return _reader.ListAsync(n => list.Contains(n.Key), cancellationToken);
    }
}
