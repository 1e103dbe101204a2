using SelfHelp.Core.DeliveryApi.Expansion;
using SelfHelp.Core.PublishedCache;

namespace SelfHelp.Core.DeliveryApi.Reading;

/// <summary>
/// One Delivery API request as the engine sees it: the snapshot taken at its start, the culture (Accept-Language or
/// the default), preview, the start item (Start-Item header) and the parsed <c>expand</c> and <c>fields</c>.
/// </summary>
public sealed record DeliveryRequest(PublishedSnapshot Snapshot, string Culture, bool Preview, PublishedContent? StartItem, PropertyTree? Expand, PropertyTree? Fields)
{
    /// <summary>True when the output is the default shape, which is built once per published version and reused.</summary>
    public bool IsDefaultShape => Expand is null && Fields is null && !Preview;
}

/// <summary>The result of reading the request headers: a request, or the Start-Item header named no root.</summary>
public sealed record DeliveryRequestResult(DeliveryRequest? Request, bool StartItemNotFound);

/// <summary>
/// A rendered item or list, as UTF-8 JSON with a validator for HTTP caches and the keys of every item it shows or
/// lies beneath (so a cache can drop exactly the answers a change touches).
/// </summary>
public sealed record RenderedJson(ReadOnlyMemory<byte> Utf8, string ETag, IReadOnlyCollection<Guid> Keys);

/// <summary>What a by-id or by-path read found.</summary>
public enum ItemReadStatus
{
    Found,
    NotFound,
    Redirect,
}

/// <summary>The outcome of reading one item: its JSON, nothing, or (by path) where it moved to.</summary>
public sealed record ItemReadResult(ItemReadStatus Status, RenderedJson? Json = null, Umbraco.Cms.Core.Models.DeliveryApi.IApiContentRoute? RedirectTo = null)
{
    public static readonly ItemReadResult NotFound = new(ItemReadStatus.NotFound);
}

/// <summary>The outcome of a query: a page of JSON, or the status naming the option no handler knew.</summary>
public sealed record QueryReadResult(Querying.DeliveryQueryStatus Status, RenderedJson? Json = null);
