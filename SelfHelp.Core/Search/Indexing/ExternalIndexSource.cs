using System.Runtime.CompilerServices;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Visibility;

namespace SelfHelp.Core.Search.Indexing;

/// <summary>
/// ExternalIndex reads the published cache and keeps only what the public may see, by the rules every public
/// channel shares (<see cref="IPublicVisibility"/>): documents (not media) live in a culture, with consent and past
/// any embargo, and never a property staff keep internal nor a name an anonymised story hides. Embargoed items are woken when their embargo lifts.
/// </summary>
internal sealed class ExternalIndexSource(
    IPublishedContentCache cache,
    IContentTypeService contentTypes,
    IPublicVisibility visibility,
    EmbargoWatch embargoes) : IIndexSource
{
    public string IndexName => IndexNames.External;

    public async Task<IReadOnlyList<IndexItem>> GetAsync(IReadOnlyDictionary<int, bool> nodeIds, CancellationToken cancellationToken)
    {
        var snapshot = cache.Current;
        var types = await TypesAsync(cancellationToken);
        var items = new List<IndexItem>();
        foreach (var (id, withDescendants) in nodeIds)
        {
            if (snapshot.GetById(id) is not { } content)
            {
                continue;
            }
            foreach (var node in withDescendants ? SelfAndDescendants(snapshot, content) : [content])
            {
                if (ToItem(node, types) is { } item)
                {
                    items.Add(item);
                }
            }
        }
        return items;
    }

    public async IAsyncEnumerable<IndexItem> GetAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var snapshot = cache.Current;
        var types = await TypesAsync(cancellationToken);
        foreach (var content in snapshot.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ToItem(content, types) is { } item)
            {
                yield return item;
            }
        }
    }

    private IndexItem? ToItem(PublishedContent content, IReadOnlyDictionary<string, ContentType> types)
    {
        if (content.ObjectType != NodeObjectType.Document || !types.TryGetValue(content.ContentTypeAlias, out var type))
        {
            return null;
        }
        var cultures = new List<IndexCulture>(content.Cultures.Count);
        foreach (var culture in content.Cultures.Values)
        {
            if (visibility.IsPublic(content, culture.Culture))
            {
                cultures.Add(new IndexCulture(culture.Culture, culture.Name, culture.UrlSegment, Published: true, culture.PublishDate));
            }
            else if (visibility.BecomesPublicAt(content, culture.Culture) is { } at)
            {
                embargoes.Watch(content.Id, at);
            }
        }
        if (cultures.Count == 0)
        {
            return null;
        }
        var properties = type.Properties.Where(p => visibility.IsPublicProperty(type, p.Alias)).ToList();
        return new IndexItem(content.Id, content.Key, content.ObjectType, type, content.ParentId, content.Level, content.Path,
            content.SortOrder, content.CreateDate, content.UpdateDate, Trashed: false, visibility.PublicData(content, type), cultures, properties);
    }

    private static IEnumerable<PublishedContent> SelfAndDescendants(PublishedSnapshot snapshot, PublishedContent root)
    {
        var pending = new Stack<PublishedContent>([root]);
        while (pending.TryPop(out var next))
        {
            yield return next;
            foreach (var child in snapshot.GetChildren(next.Id))
            {
                pending.Push(child);
            }
        }
    }

    private async Task<IReadOnlyDictionary<string, ContentType>> TypesAsync(CancellationToken cancellationToken) =>
        (await contentTypes.GetAllAsync(cancellationToken)).ToDictionary(t => t.Alias, StringComparer.OrdinalIgnoreCase);
}
