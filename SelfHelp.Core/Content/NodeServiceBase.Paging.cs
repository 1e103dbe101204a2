using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Content.Nodes;

namespace SelfHelp.Core.Content;

/// <summary>Reads for trees that must stay fast at any size: a page of children and child counts, both in the database.</summary>
internal abstract partial class NodeServiceBase
{
    public async Task<ChildrenPage> GetChildrenPageAsync(int parentId, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        await using var db = _contexts.CreateDbContext();
        var children = _reader.Rows(db).AsNoTracking().Where(n => n.ParentId == parentId);
        var total = await children.CountAsync(cancellationToken);
        var rows = take == 0 ? [] : await children.OrderBy(n => n.SortOrder).ThenBy(n => n.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new ChildrenPage(await _reader.MapAsync(rows, cancellationToken), total);
    }

    public async Task<IReadOnlyDictionary<int, int>> CountChildrenAsync(IReadOnlyCollection<int> parentIds, CancellationToken cancellationToken = default)
    {
        if (parentIds.Count == 0)
        {
            return new Dictionary<int, int>();
        }
        await using var db = _contexts.CreateDbContext();
        var ids = parentIds.Distinct().ToList();
        var counts = await _reader.Rows(db).Where(n => ids.Contains(n.ParentId))
            .GroupBy(n => n.ParentId).Select(g => new { ParentId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.ParentId, c => c.Count);
    }

    public async Task<int> CountSiblingsBeforeAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        return await _reader.Rows(db).CountAsync(n => n.ParentId == item.ParentId
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
