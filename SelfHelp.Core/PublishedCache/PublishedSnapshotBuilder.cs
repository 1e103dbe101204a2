using SelfHelp.Core.Content;
using Umbraco.Cms.Core.Strings;

namespace SelfHelp.Core.PublishedCache;

/// <summary>
/// Works out visibility and routes for every node: an item is visible in a culture when it is published in it and
/// its parent is visible in it; the site root's route is "/" (Umbraco's hidden top level) and below it each
/// ancestor adds its URL segment. Unchanged items keep their previous <see cref="PublishedContent"/> instance.
/// </summary>
internal sealed class PublishedSnapshotBuilder(IShortStringHelper shortStrings)
{
    public PublishedSnapshot Build(IReadOnlyCollection<PublishedNode> nodes, IReadOnlyList<string> cultures, PublishedSnapshot? previous)
    {
        var byParent = nodes.ToLookup(n => n.ParentId);
        var built = new List<PublishedContent>(nodes.Count);
        var firstRoot = true;
        foreach (var root in byParent[ContentItem.RootId].Where(n => n.ObjectType == NodeObjectType.Document).OrderBy(n => n.SortOrder))
        {
            // Umbraco hides the top level: only the first root answers "/", further roots answer under their own segment.
            Visit(root, parent: null, firstRoot ? "/" : null);
            firstRoot = false;
        }
        foreach (var root in byParent[ContentItem.RootId].Where(n => n.ObjectType == NodeObjectType.Media).OrderBy(n => n.SortOrder))
        {
            Visit(root, parent: null, rootRoute: null);
        }
        return new PublishedSnapshot(built, (previous?.Generation ?? 0) + 1);

        void Visit(PublishedNode node, PublishedContent? parent, string? rootRoute)
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
                var route = parent is null
                    ? rootRoute ?? $"/{info.UrlSegment}/"
                    : $"{parent.GetRoute(culture)!.TrimEnd('/')}/{info.UrlSegment}/";
                visible[culture] = new PublishedCultureContent(culture, name, info.UrlSegment, route, info.PublishDate);
            }
            if (visible.Count == 0)
            {
                return;
            }
            var old = previous?.GetById(node.Id);
            var content = old is not null && ReferenceEquals(old.Node, node) && SameCultures(old.Cultures, visible)
                ? old
                : new PublishedContent(node, visible);
            built.Add(content);
            foreach (var child in byParent[node.Id])
            {
                Visit(child, content, null);
            }
        }
    }

    private static bool SameCultures(IReadOnlyDictionary<string, PublishedCultureContent> a, IReadOnlyDictionary<string, PublishedCultureContent> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var other) && other == kv.Value);
}
