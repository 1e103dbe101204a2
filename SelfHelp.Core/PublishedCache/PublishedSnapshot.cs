using System.Collections.Frozen;
using SelfHelp.Core.Content;

namespace SelfHelp.Core.PublishedCache;

/// <summary>
/// Everything published at one moment, indexed for reading; immutable, so readers never lock and a publish
/// swaps in a whole new snapshot.
/// </summary>
public sealed class PublishedSnapshot
{
    private readonly FrozenDictionary<int, PublishedContent> _byId;
    private readonly FrozenDictionary<Guid, PublishedContent> _byKey;
    private readonly FrozenDictionary<int, PublishedContent[]> _children;
    private readonly FrozenDictionary<string, FrozenDictionary<string, PublishedContent>> _byRoute;

    internal PublishedSnapshot(IReadOnlyCollection<PublishedContent> items, long generation)
    {
        Generation = generation;
        _byId = items.ToFrozenDictionary(i => i.Id);
        _byKey = items.ToFrozenDictionary(i => i.Key);
        _children = items.GroupBy(i => i.ParentId)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(i => i.SortOrder).ToArray());
        _byRoute = items.Where(i => i.ObjectType == NodeObjectType.Document)
            .SelectMany(i => i.Cultures.Values.Select(c => (c.Culture, c.Route, Item: i)))
            .GroupBy(x => x.Culture, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.GroupBy(x => x.Route, StringComparer.OrdinalIgnoreCase)
                    .ToFrozenDictionary(r => r.Key, r => r.OrderBy(x => x.Item.Path, StringComparer.Ordinal).First().Item, StringComparer.OrdinalIgnoreCase),
                StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Increases with every refresh: a cheap validator for HTTP caches.</summary>
    public long Generation { get; }

    public int Count => _byId.Count;

    public IEnumerable<PublishedContent> All => _byId.Values;

    public PublishedContent? GetById(int id) => _byId.GetValueOrDefault(id);

    public PublishedContent? GetByKey(Guid key) => _byKey.GetValueOrDefault(key);

    /// <summary>The document at a route ("/", "/stories/") in a culture; routes compare case-insensitively and the trailing slash is optional.</summary>
    public PublishedContent? GetByRoute(string route, string culture)
    {
        var normalised = NormaliseRoute(route);
        return _byRoute.TryGetValue(culture, out var routes) ? routes.GetValueOrDefault(normalised) : null;
    }

    /// <summary>Children in sort order; pass <see cref="ContentItem.RootId"/> for the roots.</summary>
    public IReadOnlyList<PublishedContent> GetChildren(int parentId, NodeObjectType objectType = NodeObjectType.Document) =>
        _children.TryGetValue(parentId, out var children) ? children.Where(c => c.ObjectType == objectType).ToArray() : [];

    public static string NormaliseRoute(string route)
    {
        var trimmed = route.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }
}
