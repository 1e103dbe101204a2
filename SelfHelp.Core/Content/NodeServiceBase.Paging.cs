using SelfHelp.Core.Content.Nodes;

namespace SelfHelp.Core.Content;

// Paged reads of a tree level, for back office trees: a folder of 10,000 items is read one page at a time.
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
}
