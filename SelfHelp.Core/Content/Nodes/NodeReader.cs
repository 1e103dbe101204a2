using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Content.Nodes;

/// <summary>Reads the items of one kind (documents or media) in tree order: on their own, or inside a node write.</summary>
internal sealed class NodeReader(IDbContextFactory<SelfHelpDbContext> contexts, IContentTypeService contentTypes, NodeObjectType objectType)
{
    /// <summary>The rows of this kind, for a write to load and change.</summary>
    public IQueryable<NodeEntity> Rows(SelfHelpDbContext db) => db.Nodes.Where(n => n.ObjectType == objectType);

    public async Task<IReadOnlyList<ContentItem>> ListAsync(Expression<Func<NodeEntity, bool>> where, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await ListAsync(db, where, cancellationToken);
    }

    public async Task<IReadOnlyList<ContentItem>> ListAsync(SelfHelpDbContext db, Expression<Func<NodeEntity, bool>> where, CancellationToken cancellationToken)
    {
        var rows = await Rows(db).AsNoTracking().Where(where)
            .OrderBy(n => n.Level).ThenBy(n => n.SortOrder).ToListAsync(cancellationToken);
        return await MapAsync(rows, cancellationToken);
    }

    /// <summary>Rows already read, as items, in the order given.</summary>
    public async Task<IReadOnlyList<ContentItem>> MapAsync(IReadOnlyList<NodeEntity> rows, CancellationToken cancellationToken)
    {
        var items = new List<ContentItem>(rows.Count);
        foreach (var row in rows)
        {
            var type = await contentTypes.GetAsync(row.ContentTypeAlias, cancellationToken)
                ?? throw new InvalidOperationException($"Item {row.Id} has the unknown type '{row.ContentTypeAlias}'.");
            items.Add(NodeMapper.ToItem(row, type));
        }
        return items;
    }

    /// <summary>One page of the matching items in sort order, read as a page in the database, with how many match in all.</summary>
    public async Task<NodePage> PageAsync(Expression<Func<NodeEntity, bool>> where, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var matching = Rows(db).AsNoTracking().Where(where);
        var total = await matching.CountAsync(cancellationToken);
        var rows = total == 0 || take <= 0
            ? []
            : await matching.OrderBy(n => n.SortOrder).ThenBy(n => n.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var items = new List<ContentItem>(rows.Count);
        foreach (var row in rows)
        {
            var type = await contentTypes.GetAsync(row.ContentTypeAlias, cancellationToken)
                ?? throw new InvalidOperationException($"Item {row.Id} has the unknown type '{row.ContentTypeAlias}'.");
            items.Add(NodeMapper.ToItem(row, type));
        }
        return new NodePage(total, items);
    }

    /// <summary>Which of <paramref name="ids"/> have at least one child matching <paramref name="childFilter"/>.</summary>
    public async Task<IReadOnlySet<int>> ParentsAmongAsync(IReadOnlyCollection<int> ids, Expression<Func<NodeEntity, bool>> childFilter, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new HashSet<int>();
        }
        await using var db = contexts.CreateDbContext();
        var parents = await Rows(db).AsNoTracking().Where(childFilter).Where(n => ids.Contains(n.ParentId))
            .Select(n => n.ParentId).Distinct().ToListAsync(cancellationToken);
        return parents.ToHashSet();
    }

    public async Task<ContentItem?> FirstAsync(Expression<Func<NodeEntity, bool>> where, CancellationToken cancellationToken) =>
        (await ListAsync(where, cancellationToken)).FirstOrDefault();

    /// <summary>An item and everything beneath it, the item first.</summary>
    public Task<IReadOnlyList<ContentItem>> SubtreeAsync(SelfHelpDbContext db, int id, string path, CancellationToken cancellationToken)
    {
        var prefix = path + ",";
        return ListAsync(db, n => n.Id == id || n.Path.StartsWith(prefix), cancellationToken);
    }
}
