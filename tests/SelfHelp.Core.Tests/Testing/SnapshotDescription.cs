using SelfHelp.Core.Content;
using SelfHelp.Core.PublishedCache;

namespace SelfHelp.Core.Tests.Testing;

/// <summary>A published snapshot as comparable lines: every item's cultures, who answers each of its routes, and every children list.</summary>
public static class SnapshotDescription
{
    public static List<string> Of(PublishedSnapshot snapshot) =>
        snapshot.All
            .SelectMany(c => c.Cultures.Values.Select(v =>
                $"{c.Id} {v.Culture} {v.Route} {v.Name} {c.GetValue("title", v.Culture)} answered by {snapshot.GetByRoute(v.Route, v.Culture)?.Id}"))
            .Concat(snapshot.All.Select(c => c.ParentId).Distinct().Append(ContentItem.RootId)
                .Select(p => $"children of {p}: {string.Join(',', snapshot.GetChildren(p).Select(c => c.Id))}"))
            .Order(StringComparer.Ordinal)
            .ToList();
}
