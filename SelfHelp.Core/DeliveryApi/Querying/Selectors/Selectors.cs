using SelfHelp.Core.DeliveryApi.Indexing.Fields;
using SelfHelp.Core.DeliveryApi.Rendering;
using Umbraco.Cms.Core.DeliveryApi;

namespace SelfHelp.Core.DeliveryApi.Querying.Selectors;

/// <summary><c>ancestors:{id|path}</c>: the item's ancestors, nearest last in tree order.</summary>
internal sealed class AncestorsSelector(IContentReferenceResolver references, IDeliveryQueryContextAccessor context) : ISelectorHandler
{
    private const string Specifier = "ancestors:";

    public bool CanHandle(string query) => query.StartsWith(Specifier, StringComparison.OrdinalIgnoreCase);

    public SelectorOption BuildSelectorOption(string selector)
    {
        var content = references.Resolve(selector[Specifier.Length..]);
        var snapshot = context.Current?.Snapshot;
        var keys = content is null || snapshot is null
            ? []
            : TreePath.AncestorIds(content).Select(snapshot.GetById).OfType<PublishedCache.PublishedContent>().Select(a => a.Key.ToString("D")).ToArray();
        return new SelectorOption { FieldName = IndexFieldNames.ItemId, Values = keys };
    }
}

/// <summary><c>children:{id|path}</c>: the item's children.</summary>
internal sealed class ChildrenSelector(IContentReferenceResolver references) : ISelectorHandler
{
    private const string Specifier = "children:";

    public bool CanHandle(string query) => query.StartsWith(Specifier, StringComparison.OrdinalIgnoreCase);

    public SelectorOption BuildSelectorOption(string selector) => new()
    {
        FieldName = IndexFieldNames.ParentId,
        Values = references.ResolveKey(selector[Specifier.Length..]) is { } key ? [key.ToString("D")] : [],
    };
}

/// <summary><c>descendants:{id|path}</c>: everything below the item.</summary>
internal sealed class DescendantsSelector(IContentReferenceResolver references) : ISelectorHandler
{
    private const string Specifier = "descendants:";

    public bool CanHandle(string query) => query.StartsWith(Specifier, StringComparison.OrdinalIgnoreCase);

    public SelectorOption BuildSelectorOption(string selector) => new()
    {
        FieldName = IndexFieldNames.AncestorIds,
        Values = references.ResolveKey(selector[Specifier.Length..]) is { } key ? [key.ToString("D")] : [],
    };
}
