using System.Collections.Immutable;
using SelfHelp.Core.Content;

namespace SelfHelp.Core.PublishedCache;

/// <summary>
/// Everything published at one moment, indexed for reading; immutable, so readers never lock and a publish
/// swaps in a whole new snapshot. The indexes are persistent collections: the next snapshot shares everything
/// the change did not touch with this one.
/// </summary>
public sealed class PublishedSnapshot
{
    private readonly ImmutableDictionary<int, PublishedContent> _byId;
    private readonly ImmutableDictionary<Guid, PublishedContent> _byKey;
    private readonly ImmutableDictionary<int, PublishedContent[]> _children;

    // Per culture, per route, every document claiming it ordered by path: the first answers, as before (the
    // earliest in the tree wins a collision), and the next one takes over when it leaves.
    private readonly ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<PublishedContent>>> _byRoute;

    private PublishedSnapshot(
        ImmutableDictionary<int, PublishedContent> byId,
        ImmutableDictionary<Guid, PublishedContent> byKey,
        ImmutableDictionary<int, PublishedContent[]> children,
        ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<PublishedContent>>> byRoute,
        long generation)
    {
        _byId = byId;
        _byKey = byKey;
        _children = children;
        _byRoute = byRoute;
        Generation = generation;
    }

    internal static PublishedSnapshot Empty { get; } = new(
        ImmutableDictionary<int, PublishedContent>.Empty,
        ImmutableDictionary<Guid, PublishedContent>.Empty,
        ImmutableDictionary<int, PublishedContent[]>.Empty,
        ImmutableDictionary.Create<string, ImmutableDictionary<string, ImmutableArray<PublishedContent>>>(StringComparer.OrdinalIgnoreCase),
        0);

    /// <summary>A snapshot of items already worked out (preview's drafts), indexed like any other.</summary>
    internal static PublishedSnapshot Of(IReadOnlyCollection<PublishedContent> items, long generation) => Empty.With(items, [], generation);

    /// <summary>Increases with every refresh: a cheap validator for HTTP caches.</summary>
    public long Generation { get; }

    public int Count => _byId.Count;

    public IEnumerable<PublishedContent> All => _byId.Values;

    public PublishedContent? GetById(int id) => _byId.GetValueOrDefault(id);

    public PublishedContent? GetByKey(Guid key) => _byKey.GetValueOrDefault(key);

    /// <summary>The document at a route ("/", "/stories/") in a culture; routes compare case-insensitively and the trailing slash is optional.</summary>
    public PublishedContent? GetByRoute(string route, string culture) =>
        _byRoute.TryGetValue(culture, out var routes) && routes.TryGetValue(NormaliseRoute(route), out var claimants) ? claimants[0] : null;

    /// <summary>Children in sort order; pass <see cref="ContentItem.RootId"/> for the roots.</summary>
    public IReadOnlyList<PublishedContent> GetChildren(int parentId, NodeObjectType objectType = NodeObjectType.Document) =>
        _children.TryGetValue(parentId, out var children) ? children.Where(c => c.ObjectType == objectType).ToArray() : [];

    public static string NormaliseRoute(string route)
    {
        var trimmed = route.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }

    /// <summary>
    /// The next snapshot: <paramref name="upserts"/> replace or add items by id, <paramref name="removed"/> leave.
    /// Only the entries, children lists and routes of those items are rewritten; everything else is shared.
    /// </summary>
    internal PublishedSnapshot With(IReadOnlyCollection<PublishedContent> upserts, IReadOnlyCollection<int> removed, long generation)
    {
        var byId = _byId.ToBuilder();
        var byKey = _byKey.ToBuilder();
        var routes = new SnapshotRouteEdits(_byRoute);
        var childChanges = new Dictionary<int, List<(int Id, PublishedContent? Now)>>();
        foreach (var id in removed)
        {
            if (_byId.GetValueOrDefault(id) is { } old)
            {
                byId.Remove(id);
                byKey.Remove(old.Key);
                routes.Remove(old);
                ChildChange(childChanges, old.ParentId, id, null);
            }
        }
        foreach (var content in upserts)
        {
            if (_byId.GetValueOrDefault(content.Id) is { } old)
            {
                byKey.Remove(old.Key);
                routes.Remove(old);
                if (old.ParentId != content.ParentId)
                {
                    ChildChange(childChanges, old.ParentId, old.Id, null);
                }
            }
            byId[content.Id] = content;
            byKey[content.Key] = content;
            routes.Add(content);
            ChildChange(childChanges, content.ParentId, content.Id, content);
        }
        var children = _children.ToBuilder();
        foreach (var (parentId, changes) in childChanges)
        {
            var list = Children(_children.GetValueOrDefault(parentId) ?? [], changes);
            if (list.Length == 0)
            {
                children.Remove(parentId);
            }
            else
            {
                children[parentId] = list;
            }
        }
        return new PublishedSnapshot(byId.ToImmutable(), byKey.ToImmutable(), children.ToImmutable(), routes.ToImmutable(), generation);
    }

    private static void ChildChange(Dictionary<int, List<(int, PublishedContent?)>> changes, int parentId, int id, PublishedContent? now)
    {
        if (!changes.TryGetValue(parentId, out var list))
        {
            changes[parentId] = list = [];
        }
        list.Add((id, now));
    }

    private static PublishedContent[] Children(PublishedContent[] before, List<(int Id, PublishedContent? Now)> changes)
    {
        // A republished child in its old place (the common publish) is swapped in a copy of the list: no sort.
        if (changes.Count <= 8 && changes.All(c => c.Now is not null))
        {
            var copy = (PublishedContent[])before.Clone();
            var replaced = 0;
            foreach (var (id, now) in changes)
            {
                var at = Array.FindIndex(copy, c => c.Id == id);
                if (at >= 0 && copy[at].SortOrder == now!.SortOrder)
                {
                    copy[at] = now;
                    replaced++;
                }
            }
            if (replaced == changes.Count)
            {
                return copy;
            }
        }
        var ids = changes.Select(c => c.Id).ToHashSet();
        var list = before.Where(c => !ids.Contains(c.Id)).ToList();
        // The last change of an id wins (an item removed under one parent and added under another appears once each).
        list.AddRange(changes.Where(c => c.Now is not null).GroupBy(c => c.Id).Select(g => g.Last().Now!));
        list.Sort(static (a, b) => a.SortOrder != b.SortOrder ? a.SortOrder.CompareTo(b.SortOrder) : a.Id.CompareTo(b.Id));
        return [.. list];
    }
}
