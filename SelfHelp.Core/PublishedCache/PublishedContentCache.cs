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
/// Keeps every published document and every media item in memory. Refreshes are serialised; each one reads only
/// the changed rows (and, when an item moved or came back, its subtree), works out visibility and routes for what
/// changed and swaps in a snapshot that shares everything else with the previous one.
/// </summary>
internal sealed class PublishedContentCache(
    IDbContextFactory<SelfHelpDbContext> contexts,
    IContentTypeService contentTypes,
    ILanguageService languages,
    PublishedSnapshotBuilder builder,
    IEventAggregator events) : IPublishedContentCache
{
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private PublishedTree _tree = PublishedTree.Empty;
    private volatile PublishedSnapshot _current = PublishedSnapshot.Empty;

    public PublishedSnapshot Current => _current;

    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            await using var db = contexts.CreateDbContext();
            var nodes = await ToNodesAsync(await LiveRows(db).ToListAsync(cancellationToken), cancellationToken);
            var tree = PublishedTree.Empty.With(nodes, []);
            var update = builder.Update(PublishedTree.Empty, tree, PublishedSnapshot.Empty, [.. tree.Nodes.Keys], await CulturesAsync(cancellationToken), _current.Generation + 1);
            _tree = tree;
            _current = update.Snapshot;
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
            var before = _tree;
            await using var db = contexts.CreateDbContext();
            var idList = ids.Distinct().ToList();
            var rows = await db.Nodes.AsNoTracking().Where(n => idList.Contains(n.Id)).ToListAsync(cancellationToken);
            var live = rows.Where(IsLive).ToList();
            var removed = new HashSet<int>(idList.Except(live.Select(r => r.Id)));
            // Gone for good or into the recycle bin: what was below went with it. Merely unpublished: children stay, hidden.
            foreach (var id in idList.Except(rows.Where(r => !r.Trashed).Select(r => r.Id)))
            {
                removed.UnionWith(before.DescendantIds(id));
            }
            // Moved or back in the tree: the subtree's paths changed in storage, and may hold live items the tree lacks.
            var relocated = live.Where(r => before.Nodes.GetValueOrDefault(r.Id) is not { } old || old.Path != r.Path).Select(r => r.Id).ToList();
            if (relocated.Count > 0)
            {
                var known = live.Select(r => r.Id).ToHashSet();
                var subtree = await LiveDescendantRowsAsync(db, relocated, known, cancellationToken);
                live.AddRange(subtree);
                var reloaded = subtree.Select(r => r.Id).Concat(known).ToHashSet();
                removed.UnionWith(relocated.SelectMany(before.DescendantIds).Where(id => !reloaded.Contains(id)));
            }
            var nodes = await ToNodesAsync(live, cancellationToken);
            // A row whose type is gone cannot be shown: it leaves the tree as if unpublished.
            removed.UnionWith(live.Select(r => r.Id).Except(nodes.Select(n => n.Id)));
            var after = before.With(nodes, removed);
            var changed = nodes.Select(n => n.Id).Concat(removed).ToHashSet();
            var previous = _current;
            var update = builder.Update(before, after, previous, changed, await CulturesAsync(cancellationToken), previous.Generation + 1);
            _tree = after;
            _current = update.Snapshot;
            var routeChanges = RouteChanges(update.Changes);
            if (routeChanges.Count > 0)
            {
                await events.PublishAsync(new PublishedRoutesChangedNotification(routeChanges), cancellationToken);
            }
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private async Task<IReadOnlyList<string>> CulturesAsync(CancellationToken cancellationToken) =>
        (await languages.GetAllAsync(cancellationToken)).Select(l => l.IsoCode).ToList();

    /// <summary>Routes that an item had before the refresh and no longer answers, while the item is still live elsewhere.</summary>
    private static List<RouteChange> RouteChanges(IEnumerable<(PublishedContent? Before, PublishedContent? After)> changes)
    {
        var routeChanges = new List<RouteChange>();
        foreach (var (before, after) in changes)
        {
            if (before is not { ObjectType: NodeObjectType.Document } old || after is not { } now)
            {
                continue;
            }
            foreach (var (culture, oldCulture) in old.Cultures)
            {
                var newRoute = now.GetRoute(culture);
                if (newRoute is not null && !string.Equals(newRoute, oldCulture.Route, StringComparison.OrdinalIgnoreCase))
                {
                    routeChanges.Add(new RouteChange(now.Key, culture, oldCulture.Route, newRoute));
                }
            }
        }
        return routeChanges;
    }

    /// <summary>
    /// The live rows below the given items, not already in <paramref name="known"/>: one query per level on the
    /// parent index (ids and liveness only), then one for the rows, so the read grows with the subtree, not the site.
    /// </summary>
    private static async Task<List<NodeEntity>> LiveDescendantRowsAsync(SelfHelpDbContext db, List<int> roots, HashSet<int> known, CancellationToken cancellationToken)
    {
        var wanted = new List<int>();
        var frontier = roots;
        while (frontier.Count > 0)
        {
            var level = frontier;
            var children = await db.Nodes.AsNoTracking().Where(n => level.Contains(n.ParentId) && !n.Trashed)
                .Select(n => new { n.Id, Live = n.ObjectType == NodeObjectType.Media || n.PublishedJson != null })
                .ToListAsync(cancellationToken);
            wanted.AddRange(children.Where(c => c.Live && !known.Contains(c.Id)).Select(c => c.Id));
            frontier = children.Select(c => c.Id).ToList();
        }
        return wanted.Count == 0 ? [] : await LiveRows(db).Where(n => wanted.Contains(n.Id)).ToListAsync(cancellationToken);
    }

    private static bool IsLive(NodeEntity row) => !row.Trashed && (row.ObjectType == NodeObjectType.Media || row.PublishedJson != null);

    private static IQueryable<NodeEntity> LiveRows(SelfHelpDbContext db) =>
        db.Nodes.AsNoTracking().Where(n => !n.Trashed && (n.ObjectType == NodeObjectType.Media || n.PublishedJson != null));

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
