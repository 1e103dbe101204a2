using SelfHelp.Core.Content.Nodes;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Languages;
using SelfHelp.Core.Persistence;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Core.PublishedCache;

/// <summary>
/// Keeps every published document and every media item in memory. Refreshes are serialised; each one rebuilds the
/// indexes over the in-memory nodes (no storage round trip for unchanged items) and swaps the snapshot atomically.
/// </summary>
internal sealed class PublishedContentCache(
    IDbContextFactory<SelfHelpDbContext> contexts,
    IContentTypeService contentTypes,
    ILanguageService languages,
    PublishedSnapshotBuilder builder,
    IEventAggregator events) : IPublishedContentCache
{
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private Dictionary<int, PublishedNode> _nodes = [];
    private volatile PublishedSnapshot _current = new([], 0);

    public PublishedSnapshot Current => _current;

    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            await using var db = contexts.CreateDbContext();
            var rows = await LiveRows(db).ToListAsync(cancellationToken);
            _nodes = (await ToNodesAsync(rows, cancellationToken)).ToDictionary(n => n.Id);
            await SwapAsync(new HashSet<int>(), cancellationToken);
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    public async Task RefreshAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return;
        }
        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            await using var db = contexts.CreateDbContext();
            var idList = ids.Distinct().ToList();
            // Paths are read again from storage: a move changes them, and the cache must see the new tree.
            var paths = await db.Nodes.AsNoTracking().Where(n => idList.Contains(n.Id)).Select(n => n.Path).ToListAsync(cancellationToken);
            var affected = new HashSet<int>(idList);
            var nodes = new Dictionary<int, PublishedNode>(_nodes);
            foreach (var stale in nodes.Values.Where(n => idList.Any(id => IsSelfOrDescendant(n.Path, id))).ToList())
            {
                affected.Add(stale.Id);
                nodes.Remove(stale.Id);
            }
            var rows = new List<NodeEntity>();
            foreach (var path in paths)
            {
                var prefix = path + ",";
                rows.AddRange(await LiveRows(db).Where(n => n.Path == path || n.Path.StartsWith(prefix)).ToListAsync(cancellationToken));
            }
            foreach (var node in await ToNodesAsync(rows, cancellationToken))
            {
                affected.Add(node.Id);
                nodes[node.Id] = node;
            }
            _nodes = nodes;
            await SwapAsync(affected, cancellationToken);
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private async Task SwapAsync(IReadOnlySet<int> affected, CancellationToken cancellationToken)
    {
        var cultures = (await languages.GetAllAsync(cancellationToken)).Select(l => l.IsoCode).ToList();
        var previous = _current;
        var next = builder.Build(_nodes.Values, cultures, previous);
        _current = next;
        var changes = RouteChanges(previous, next, affected);
        if (changes.Count > 0)
        {
            await events.PublishAsync(new PublishedRoutesChangedNotification(changes), cancellationToken);
        }
    }

    /// <summary>Routes that an item had before the refresh and no longer answers, while the item is still live elsewhere.</summary>
    private static List<RouteChange> RouteChanges(PublishedSnapshot before, PublishedSnapshot after, IReadOnlySet<int> affected)
    {
        var changes = new List<RouteChange>();
        foreach (var id in affected)
        {
            if (before.GetById(id) is not { ObjectType: NodeObjectType.Document } old || after.GetById(id) is not { } now)
            {
                continue;
            }
            foreach (var (culture, oldCulture) in old.Cultures)
            {
                var newRoute = now.GetRoute(culture);
                if (newRoute is not null && !string.Equals(newRoute, oldCulture.Route, StringComparison.OrdinalIgnoreCase))
                {
                    changes.Add(new RouteChange(now.Key, culture, oldCulture.Route, newRoute));
                }
            }
        }
        return changes;
    }

    private static IQueryable<NodeEntity> LiveRows(SelfHelpDbContext db) =>
        db.Nodes.AsNoTracking().Where(n => !n.Trashed && (n.ObjectType == NodeObjectType.Media || n.PublishedJson != null));

    private static bool IsSelfOrDescendant(string path, int id) =>
        path.EndsWith("," + id, StringComparison.Ordinal) || path.Contains("," + id + ",", StringComparison.Ordinal);

    private async Task<List<PublishedNode>> ToNodesAsync(IEnumerable<NodeEntity> rows, CancellationToken cancellationToken)
    {
        var nodes = new List<PublishedNode>();
        foreach (var row in rows)
        {
            var type = await contentTypes.GetAsync(row.ContentTypeAlias, cancellationToken);
            if (type is null)
            {
                continue;
            }
            var isMedia = row.ObjectType == NodeObjectType.Media;
            nodes.Add(new PublishedNode(
                row.Id, row.Key, row.ObjectType, row.ContentTypeAlias, type.VariesByCulture && !isMedia,
                row.ParentId, row.Level, row.Path, row.SortOrder, row.CreateDate, row.UpdateDate, row.ConcurrencyStamp,
                NodeMapper.ReadData(isMedia ? row.DraftJson : row.PublishedJson!),
                JsonSerializer.Deserialize<Dictionary<string, PublishedCultureInfo>>(row.PublishedCulturesJson, ContentJson.Options)
                    is { } cultures ? new Dictionary<string, PublishedCultureInfo>(cultures, StringComparer.OrdinalIgnoreCase) : []));
        }
        return nodes;
    }
}
