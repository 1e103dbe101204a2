using SelfHelp.Core.Content;
using Umbraco.Cms.Core.Strings;

namespace SelfHelp.Core.PublishedCache;

/// <summary>A new snapshot and the items whose published object changed on the way to it (before, after; null when absent).</summary>
internal sealed record SnapshotUpdate(PublishedSnapshot Snapshot, IReadOnlyList<(PublishedContent? Before, PublishedContent? After)> Changes);

/// <summary>
/// Works out visibility and routes: an item is visible in a culture when it is published in it and its parent is
/// visible in it; the site root's route is "/" (Umbraco's hidden top level) and below it each ancestor adds its
/// URL segment. Only the changed nodes are visited, and their descendants only while a visit changes what a
/// child inherits (visible cultures, routes); unchanged items keep their previous <see cref="PublishedContent"/>.
/// </summary>
internal sealed class PublishedSnapshotBuilder(IShortStringHelper shortStrings)
{
    /// <summary>A snapshot of every node, from nothing.</summary>
    public PublishedSnapshot Build(IReadOnlyCollection<PublishedNode> nodes, IReadOnlyList<string> cultures, PublishedSnapshot? previous)
    {
        var tree = PublishedTree.Empty.With(nodes, []);
        return Update(PublishedTree.Empty, tree, PublishedSnapshot.Empty, nodes.Select(n => n.Id).ToList(), cultures, (previous?.Generation ?? 0) + 1).Snapshot;
    }

    /// <summary>
    /// The snapshot after <paramref name="changed"/> nodes were added, replaced or removed between
    /// <paramref name="before"/> and <paramref name="after"/>; <paramref name="previous"/> is the snapshot of <paramref name="before"/>.
    /// </summary>
    public SnapshotUpdate Update(PublishedTree before, PublishedTree after, PublishedSnapshot previous, IReadOnlyCollection<int> changed, IReadOnlyList<string> cultures, long generation)
    {
        var walk = new Walk(after, previous, cultures, shortStrings);
        foreach (var id in changed.Where(id => !after.Nodes.ContainsKey(id)))
        {
            walk.Remove(id);
        }
        var starts = changed.Select(id => after.Nodes.GetValueOrDefault(id)).OfType<PublishedNode>().ToList();
        // Which root answers "/" depends on every root's order: a change among the roots re-checks them all.
        if (changed.Any(id => IsRoot(before, id) || IsRoot(after, id)))
        {
            starts.AddRange(after.ChildrenOf(ContentItem.RootId));
        }
        foreach (var start in starts.OrderBy(n => n.Level))
        {
            walk.From(start);
        }
        return walk.Result(generation);
    }

    private static bool IsRoot(PublishedTree tree, int id) => tree.Nodes.GetValueOrDefault(id)?.ParentId == ContentItem.RootId;

    /// <summary>One update's walk: the items it has decided so far, read before the previous snapshot.</summary>
    private sealed class Walk(PublishedTree tree, PublishedSnapshot previous, IReadOnlyList<string> cultures, IShortStringHelper shortStrings)
    {
        private readonly Dictionary<int, PublishedContent?> _decided = [];

        // Umbraco hides the top level: only the first document root answers "/", further roots answer under their own segment.
        private readonly int? _homeId = tree.ChildrenOf(ContentItem.RootId)
            .Where(n => n.ObjectType == NodeObjectType.Document)
            .OrderBy(n => n.SortOrder).ThenBy(n => n.Id)
            .FirstOrDefault()?.Id;

        /// <summary>A node gone from the tree: its item leaves, and children it leaves behind lose their parent.</summary>
        public void Remove(int id)
        {
            _decided[id] = null;
            foreach (var child in tree.ChildrenOf(id))
            {
                Decide(child, null);
            }
        }

        public void From(PublishedNode node)
        {
            if (_decided.ContainsKey(node.Id))
            {
                return;
            }
            var parent = node.ParentId == ContentItem.RootId ? null : Current(node.ParentId);
            Decide(node, parent);
        }

        public SnapshotUpdate Result(long generation)
        {
            var changes = _decided
                .Select(d => (Before: previous.GetById(d.Key), After: d.Value))
                .Where(c => !ReferenceEquals(c.Before, c.After))
                .ToList();
            var upserts = changes.Where(c => c.After is not null).Select(c => c.After!).ToList();
            var removed = changes.Where(c => c.After is null).Select(c => c.Before!.Id).ToList();
            return new SnapshotUpdate(previous.With(upserts, removed, generation), changes);
        }

        private PublishedContent? Current(int id) => _decided.TryGetValue(id, out var decided) ? decided : previous.GetById(id);

        private void Decide(PublishedNode node, PublishedContent? parent)
        {
            var old = previous.GetById(node.Id);
            var visible = node.ParentId != ContentItem.RootId && parent is null ? [] : Cultures(node, parent);
            PublishedContent? now = visible.Count == 0 ? null
                : old is not null && ReferenceEquals(old.Node, node) && SameCultures(old.Cultures, visible) ? old
                : new PublishedContent(node, visible);
            _decided[node.Id] = now;
            // Children inherit only visibility and routes: when those stay, the subtree below stays too.
            if (SameRoutes(old, now))
            {
                return;
            }
            foreach (var child in tree.ChildrenOf(node.Id))
            {
                Decide(child, now);
            }
        }

        private Dictionary<string, PublishedCultureContent> Cultures(PublishedNode node, PublishedContent? parent)
        {
            var visible = new Dictionary<string, PublishedCultureContent>(StringComparer.OrdinalIgnoreCase);
            foreach (var culture in cultures)
            {
                var stored = node.VariesByCulture ? culture : ContentData.Invariant;
                var name = node.Data.GetName(stored);
                if (name is null)
                {
                    continue;
                }
                PublishedCultureInfo? info;
                if (node.ObjectType == NodeObjectType.Media)
                {
                    info = new PublishedCultureInfo(node.UpdateDate, shortStrings.CleanStringForUrlSegment(name));
                }
                else if (!node.PublishedCultures.TryGetValue(stored, out info))
                {
                    continue;
                }
                if (parent is not null && !parent.IsVisibleIn(culture))
                {
                    continue;
                }
                var route = parent is not null ? $"{parent.GetRoute(culture)!.TrimEnd('/')}/{info.UrlSegment}/"
                    : node.Id == _homeId ? "/"
                    : $"/{info.UrlSegment}/";
                visible[culture] = new PublishedCultureContent(culture, name, info.UrlSegment, route, info.PublishDate);
            }
            return visible;
        }
    }

    private static bool SameCultures(IReadOnlyDictionary<string, PublishedCultureContent> a, IReadOnlyDictionary<string, PublishedCultureContent> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var other) && other == kv.Value);

    private static bool SameRoutes(PublishedContent? a, PublishedContent? b) =>
        ReferenceEquals(a, b)
        || (a is not null && b is not null && a.Cultures.Count == b.Cultures.Count
            && a.Cultures.All(kv => b.GetRoute(kv.Key) is { } route && string.Equals(route, kv.Value.Route, StringComparison.Ordinal)));
}
