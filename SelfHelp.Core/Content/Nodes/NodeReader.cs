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

    public async Task<ContentItem?> FirstAsync(Expression<Func<NodeEntity, bool>> where, CancellationToken cancellationToken) =>
        (await ListAsync(where, cancellationToken)).FirstOrDefault();

    /// <summary>An item and everything beneath it, the item first.</summary>
    public Task<IReadOnlyList<ContentItem>> SubtreeAsync(SelfHelpDbContext db, int id, string path, CancellationToken cancellationToken)
    {
        var prefix = path + ",";
        return ListAsync(db, n => n.Id == id || n.Path.StartsWith(prefix), cancellationToken);
    }
}
