using SelfHelp.Core.Content;
using SelfHelp.Core.DeliveryApi.Access;
using SelfHelp.Core.DeliveryApi.Indexing;
using SelfHelp.Core.DeliveryApi.Querying;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Redirects;
using SelfHelp.Core.Visibility;

namespace SelfHelp.Core.DeliveryApi.Reading;

/// <summary>
/// The content side of the Delivery API without HTTP: items by id, path and ids, and queries, as JSON ready to send.
/// Only what the public may see comes out: published (or, in preview, draft) documents of allowed types that pass the
/// visibility rules, with internal properties left out.
/// </summary>
public interface IDeliveryContentReader
{
    Task<ItemReadResult> GetByIdAsync(DeliveryRequest request, Guid id, CancellationToken cancellationToken = default);
    Task<ItemReadResult> GetByPathAsync(DeliveryRequest request, string path, CancellationToken cancellationToken = default);
    Task<RenderedJson> GetByIdsAsync(DeliveryRequest request, IReadOnlyList<Guid> ids, CancellationToken cancellationToken = default);
    Task<QueryReadResult> QueryAsync(DeliveryRequest request, string? fetch, IReadOnlyList<string> filters, IReadOnlyList<string> sorts, int skip, int take, CancellationToken cancellationToken = default);
}

internal sealed class DeliveryContentReader(
    IDeliverySchemaSource schemas,
    DeliveryContentRenderer renderer,
    DeliveryJsonCache jsonCache,
    DeliveryApiContentIndexCache indexes,
    DeliveryApiContentIndexBuilder indexBuilder,
    DeliveryQueryParser parser,
    DraftContent drafts,
    IDeliveryApiAccess access,
    IPublicVisibility visibility,
    IRedirectUrlService redirects) : IDeliveryContentReader
{
    public async Task<ItemReadResult> GetByIdAsync(DeliveryRequest request, Guid id, CancellationToken cancellationToken = default)
    {
        var content = request.Preview ? await drafts.GetAsync(id, request.Snapshot, cancellationToken) : request.Snapshot.GetByKey(id);
        return await RenderAsync(request, content, cancellationToken);
    }

    public async Task<ItemReadResult> GetByPathAsync(DeliveryRequest request, string path, CancellationToken cancellationToken = default)
    {
        path = "/" + path.TrimStart('/');
        // Umbraco's preview route "/preview-{key}/" (only with a key after it, so a page named "preview-…" still resolves).
        if (path.StartsWith(DraftContent.PreviewPathPrefix, StringComparison.OrdinalIgnoreCase)
            && Guid.TryParse(path.AsSpan(DraftContent.PreviewPathPrefix.Length).TrimEnd('/'), out var previewKey))
        {
            return request.Preview ? await GetByIdAsync(request, previewKey, cancellationToken) : ItemReadResult.NotFound;
        }
        var route = ContentRoutes.Combine(request.StartItem, path, request.Culture);
        if (request.Snapshot.GetByRoute(route, request.Culture) is { } live)
        {
            var content = request.Preview ? await drafts.GetAsync(live.Key, request.Snapshot, cancellationToken) : live;
            return await RenderAsync(request, content, cancellationToken);
        }
        // Umbraco's redirect URL tracking: an old path of a renamed or moved item answers 301 to where it lives now.
        if (await redirects.FindMovedAsync(route, request.Culture, cancellationToken) is { } moved && IsDeliverable(moved, request.Culture))
        {
            var schema = await schemas.GetAsync(cancellationToken);
            if (renderer.RenderRoute(moved, new RenderContext(request.Snapshot, request.Culture, schema)) is { } movedRoute)
            {
                return new ItemReadResult(ItemReadStatus.Redirect, RedirectTo: movedRoute);
            }
        }
        return ItemReadResult.NotFound;
    }

    public async Task<RenderedJson> GetByIdsAsync(DeliveryRequest request, IReadOnlyList<Guid> ids, CancellationToken cancellationToken = default)
    {
        var items = new List<RenderedJson>();
        foreach (var id in ids.Distinct())
        {
            if ((await GetByIdAsync(request, id, cancellationToken)).Json is { } json)
            {
                items.Add(json);
            }
        }
        return DeliveryJsonWriter.Array(items);
    }

    public async Task<QueryReadResult> QueryAsync(
        DeliveryRequest request, string? fetch, IReadOnlyList<string> filters, IReadOnlyList<string> sorts, int skip, int take, CancellationToken cancellationToken = default)
    {
        var schema = await schemas.GetAsync(cancellationToken);
        var snapshot = request.Preview ? await drafts.SnapshotAsync(request.Snapshot, cancellationToken) : request.Snapshot;
        var parsed = parser.Parse(new DeliveryQueryContext(snapshot, request.Culture, request.StartItem), fetch, filters, sorts);
        if (parsed.Status != DeliveryQueryStatus.Success)
        {
            return new QueryReadResult(parsed.Status);
        }
        var index = request.Preview ? indexBuilder.Build(snapshot, request.Culture, schema) : indexes.Get(snapshot, request.Culture, schema);
        var page = index.Execute(parsed.Selector!, parsed.Filters, parsed.Sorts, skip, take);
        var items = page.Items.Select(item => Render(request with { Snapshot = snapshot }, item, schema)).OfType<RenderedJson>().ToList();
        return new QueryReadResult(DeliveryQueryStatus.Success, DeliveryJsonWriter.Page(page.Total, items));
    }

    private async Task<ItemReadResult> RenderAsync(DeliveryRequest request, PublishedContent? content, CancellationToken cancellationToken)
    {
        if (content is null || !IsDeliverable(content, request.Culture))
        {
            return ItemReadResult.NotFound;
        }
        var json = Render(request, content, await schemas.GetAsync(cancellationToken));
        return json is null ? ItemReadResult.NotFound : new ItemReadResult(ItemReadStatus.Found, json);
    }

    private RenderedJson? Render(DeliveryRequest request, PublishedContent content, DeliverySchema schema)
    {
        if (request.IsDefaultShape)
        {
            return jsonCache.GetContent(content, request.Snapshot, request.Culture, schema);
        }
        var context = new RenderContext(request.Snapshot, request.Culture, schema, request.Preview);
        var model = renderer.BuildContent(content, context, request.Expand, request.Fields);
        return model is null ? null : DeliveryJsonWriter.Serialize(model, DeliveryJsonCache.KeysOf(content, context));
    }

    private bool IsDeliverable(PublishedContent content, string culture) =>
        content.ObjectType == NodeObjectType.Document && access.IsAllowedContentType(content.ContentTypeAlias) && visibility.IsPublic(content, culture);
}
