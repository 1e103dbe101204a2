using SelfHelp.Core.Content;
using SelfHelp.Core.PublishedCache;

namespace SelfHelp.Core.DeliveryApi.Querying;

/// <summary>
/// The request a query runs for: Umbraco's handlers build options from a string alone and read the request's
/// culture and start item from ambient services; ours read them from this context.
/// </summary>
public sealed record DeliveryQueryContext(PublishedSnapshot Snapshot, string Culture, PublishedContent? StartItem);

/// <summary>Holds the <see cref="DeliveryQueryContext"/> of the query running on the current async flow.</summary>
public interface IDeliveryQueryContextAccessor
{
    DeliveryQueryContext? Current { get; set; }
}

internal sealed class DeliveryQueryContextAccessor : IDeliveryQueryContextAccessor
{
    private static readonly AsyncLocal<DeliveryQueryContext?> Context = new();

    public DeliveryQueryContext? Current
    {
        get => Context.Value;
        set => Context.Value = value;
    }
}

/// <summary>Resolves the id-or-path argument of <c>fetch</c> selectors (<c>children:/stories</c>, <c>children:{guid}</c>).</summary>
public interface IContentReferenceResolver
{
    /// <summary>The key a reference names: a GUID as given, or the key of the document at the path (under the start item, if any).</summary>
    Guid? ResolveKey(string reference);

    /// <summary>The published document a reference names, or null.</summary>
    PublishedContent? Resolve(string reference);
}

internal sealed class ContentReferenceResolver(IDeliveryQueryContextAccessor accessor) : IContentReferenceResolver
{
    public Guid? ResolveKey(string reference) =>
        string.IsNullOrWhiteSpace(reference) ? null : Guid.TryParse(reference, out var key) ? key : ByPath(reference)?.Key;

    public PublishedContent? Resolve(string reference) =>
        string.IsNullOrWhiteSpace(reference) ? null
        : Guid.TryParse(reference, out var key) ? accessor.Current?.Snapshot.GetByKey(key) is { ObjectType: NodeObjectType.Document } content ? content : null
        : ByPath(reference);

    private PublishedContent? ByPath(string path)
    {
        if (accessor.Current is not { } context)
        {
            return null;
        }
        return context.Snapshot.GetByRoute(ContentRoutes.Combine(context.StartItem, path, context.Culture), context.Culture);
    }
}

/// <summary>Turns a Delivery API path (which never includes the root's own segment) into a route of the published cache.</summary>
internal static class ContentRoutes
{
    public static string Combine(PublishedContent? startItem, string path, string culture)
    {
        var trimmed = "/" + path.Trim().Trim('/');
        if (startItem?.GetRoute(culture) is not { } rootRoute || rootRoute == "/")
        {
            return trimmed;
        }
        return rootRoute.TrimEnd('/') + (trimmed == "/" ? "/" : trimmed);
    }
}
