using SelfHelp.Core.Content;
using SelfHelp.Core.DeliveryApi.Querying;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Visibility;

namespace SelfHelp.Core.DeliveryApi.Reading;

/// <summary>
/// The media side of the Delivery API: items by id, path (media names from the root) and ids, and Umbraco's media
/// query (<c>fetch=children:{/|id|path}</c>, filters <c>mediaType:</c> and <c>name:</c>, sorts on dates, name and sort order).
/// </summary>
public interface IDeliveryMediaReader
{
    Task<ItemReadResult> GetByIdAsync(DeliveryRequest request, Guid id, CancellationToken cancellationToken = default);
    Task<ItemReadResult> GetByPathAsync(DeliveryRequest request, string path, CancellationToken cancellationToken = default);
    Task<RenderedJson> GetByIdsAsync(DeliveryRequest request, IReadOnlyList<Guid> ids, CancellationToken cancellationToken = default);
    Task<QueryReadResult> QueryAsync(DeliveryRequest request, string? fetch, IReadOnlyList<string> filters, IReadOnlyList<string> sorts, int skip, int take, CancellationToken cancellationToken = default);
}

internal sealed class DeliveryMediaReader(
    IDeliverySchemaSource schemas, DeliveryContentRenderer renderer, DeliveryJsonCache jsonCache, IPublicVisibility visibility) : IDeliveryMediaReader
{
    private const string ChildrenOf = "children:";

    public async Task<ItemReadResult> GetByIdAsync(DeliveryRequest request, Guid id, CancellationToken cancellationToken = default)
    {
        var schema = await schemas.GetAsync(cancellationToken);
        return Found(Public(request, schema, request.Snapshot.GetByKey(id)) is { } media ? Render(request, media, schema) : null);
    }

    public async Task<ItemReadResult> GetByPathAsync(DeliveryRequest request, string path, CancellationToken cancellationToken = default)
    {
        var schema = await schemas.GetAsync(cancellationToken);
        return Found(ByPath(request, schema, path) is { } media ? Render(request, media, schema) : null);
    }

    public async Task<RenderedJson> GetByIdsAsync(DeliveryRequest request, IReadOnlyList<Guid> ids, CancellationToken cancellationToken = default)
    {
        var schema = await schemas.GetAsync(cancellationToken);
        return DeliveryJsonWriter.Array(ids.Distinct().Select(id => Public(request, schema, request.Snapshot.GetByKey(id))).OfType<PublishedContent>()
            .Select(m => Render(request, m, schema)).ToList());
    }

    public async Task<QueryReadResult> QueryAsync(
        DeliveryRequest request, string? fetch, IReadOnlyList<string> filters, IReadOnlyList<string> sorts, int skip, int take, CancellationToken cancellationToken = default)
    {
        if (fetch is null || !fetch.StartsWith(ChildrenOf, StringComparison.OrdinalIgnoreCase))
        {
            return new QueryReadResult(DeliveryQueryStatus.SelectorOptionNotFound);
        }
        var schema = await schemas.GetAsync(cancellationToken);
        IEnumerable<PublishedContent> source = Children(request, schema, fetch[ChildrenOf.Length..]);
        foreach (var filter in filters.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            var parts = filter.Split(':', 2);
            source = (parts.Length == 2 ? parts[0] : null) switch
            {
                "mediaType" => source.Where(m => string.Equals(m.ContentTypeAlias, parts[1], StringComparison.OrdinalIgnoreCase)),
                "name" => source.Where(m => m.GetName(request.Culture)?.Contains(parts[1], StringComparison.OrdinalIgnoreCase) == true),
                _ => null!,
            };
            if (source is null)
            {
                return new QueryReadResult(DeliveryQueryStatus.FilterOptionNotFound);
            }
        }
        IOrderedEnumerable<PublishedContent>? ordered = null;
        foreach (var sort in sorts.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            var parts = sort.Split(':', 2);
            Func<PublishedContent, IComparable>? key = (parts.Length == 2 ? parts[0] : null) switch
            {
                "createDate" => m => m.CreateDate,
                "updateDate" => m => m.UpdateDate,
                "name" => m => (m.GetName(request.Culture) ?? "").ToLowerInvariant(),
                "sortOrder" => m => m.SortOrder,
                _ => null,
            };
            if (key is null)
            {
                return new QueryReadResult(DeliveryQueryStatus.SortOptionNotFound);
            }
            var ascending = parts[1].StartsWith("asc", StringComparison.Ordinal);
            ordered = ordered is null
                ? ascending ? source.OrderBy(key) : source.OrderByDescending(key)
                : ascending ? ordered.ThenBy(key) : ordered.ThenByDescending(key);
        }
        var all = (ordered ?? source).ToList();
        var page = all.Skip(Math.Max(0, skip)).Take(Math.Max(0, take)).Select(m => Render(request, m, schema)).ToList();
        return new QueryReadResult(DeliveryQueryStatus.Success, DeliveryJsonWriter.Page(all.Count, page));
    }

    // Only media the public may see are listed, found or walked through: a private folder hides everything in it.
    private PublishedContent? Public(DeliveryRequest request, DeliverySchema schema, PublishedContent? media) =>
        media is { ObjectType: NodeObjectType.Media } && visibility.IsPublicMedia(media, request.Snapshot, schema.GetType) ? media : null;

    private IEnumerable<PublishedContent> PublicChildren(DeliveryRequest request, DeliverySchema schema, int parentId) =>
        request.Snapshot.GetChildren(parentId, NodeObjectType.Media).Where(m => Public(request, schema, m) is not null);

    private IReadOnlyList<PublishedContent> Children(DeliveryRequest request, DeliverySchema schema, string parent)
    {
        if (string.IsNullOrWhiteSpace(parent))
        {
            return [];
        }
        if (parent.Trim('/').Length == 0)
        {
            return PublicChildren(request, schema, ContentItem.RootId).ToList();
        }
        var folder = Guid.TryParse(parent, out var key) ? Public(request, schema, request.Snapshot.GetByKey(key)) : ByPath(request, schema, parent);
        return folder is null ? [] : PublicChildren(request, schema, folder.Id).ToList();
    }

    // Umbraco finds media by path through names, from the root down, ignoring case.
    private PublishedContent? ByPath(DeliveryRequest request, DeliverySchema schema, string path)
    {
        PublishedContent? current = null;
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = PublicChildren(request, schema, current?.Id ?? ContentItem.RootId)
                .FirstOrDefault(m => string.Equals(m.GetName(request.Culture), segment, StringComparison.OrdinalIgnoreCase));
            if (current is null)
            {
                return null;
            }
        }
        return current;
    }

    private RenderedJson Render(DeliveryRequest request, PublishedContent media, DeliverySchema schema)
    {
        if (request.Expand is null && request.Fields is null)
        {
            return jsonCache.GetMedia(media, request.Snapshot, request.Culture, schema)!;
        }
        var context = new RenderContext(request.Snapshot, request.Culture, schema);
        return DeliveryJsonWriter.Serialize(renderer.BuildMedia(media, context, request.Expand, request.Fields), DeliveryJsonCache.KeysOf(media, context));
    }

    private static ItemReadResult Found(RenderedJson? json) => json is null ? ItemReadResult.NotFound : new ItemReadResult(ItemReadStatus.Found, json);
}
