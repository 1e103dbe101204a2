using System.Collections.Immutable;
using SelfHelp.Core.Content;

namespace SelfHelp.Core.PublishedCache;

/// <summary>
/// A snapshot's route index being rewritten for the next one: per culture, per route, every document claiming it
/// in path order; one builder per culture touched, so a full build stays cheap and an update copies little.
/// </summary>
internal sealed class SnapshotRouteEdits(ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<PublishedContent>>> before)
{
    private static readonly ImmutableDictionary<string, ImmutableArray<PublishedContent>> NoRoutes =
        ImmutableDictionary.Create<string, ImmutableArray<PublishedContent>>(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, ImmutableDictionary<string, ImmutableArray<PublishedContent>>.Builder> _cultures = new(StringComparer.OrdinalIgnoreCase);

    public void Add(PublishedContent content)
    {
        foreach (var culture in Documents(content))
        {
            var routes = Culture(culture.Culture);
            var claimants = routes.GetValueOrDefault(culture.Route, []);
            var at = 0;
            while (at < claimants.Length && string.CompareOrdinal(claimants[at].Path, content.Path) < 0)
            {
                at++;
            }
            routes[culture.Route] = claimants.Insert(at, content);
        }
    }

    public void Remove(PublishedContent content)
    {
        foreach (var culture in Documents(content))
        {
            var routes = Culture(culture.Culture);
            if (routes.TryGetValue(culture.Route, out var claimants))
            {
                var left = claimants.RemoveAll(c => c.Id == content.Id);
                if (left.IsEmpty)
                {
                    routes.Remove(culture.Route);
                }
                else
                {
                    routes[culture.Route] = left;
                }
            }
        }
    }

    public ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<PublishedContent>>> ToImmutable()
    {
        var result = before.ToBuilder();
        foreach (var (culture, routes) in _cultures)
        {
            result[culture] = routes.ToImmutable();
        }
        return result.ToImmutable();
    }

    private static IEnumerable<PublishedCultureContent> Documents(PublishedContent content) =>
        content.ObjectType == NodeObjectType.Document ? content.Cultures.Values : [];

    private ImmutableDictionary<string, ImmutableArray<PublishedContent>>.Builder Culture(string culture)
    {
        if (!_cultures.TryGetValue(culture, out var routes))
        {
            _cultures[culture] = routes = (before.GetValueOrDefault(culture) ?? NoRoutes).ToBuilder();
        }
        return routes;
    }
}
