using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using SelfHelp.Core.Content;
using SelfHelp.Core.DeliveryApi.Access;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Visibility;
using Umbraco.Cms.Core.DeliveryApi;

namespace SelfHelp.Core.DeliveryApi.Indexing;

/// <summary>
/// Builds a <see cref="DeliveryApiContentIndex"/>: only documents of allowed types that the public may see in the
/// culture (consent, embargo) go in, ordered by tree path, with every provider's field values.
/// </summary>
internal sealed class DeliveryApiContentIndexBuilder(
    IEnumerable<IContentIndexFieldProvider> providers,
    IDeliveryApiAccess access,
    IPublicVisibility visibility,
    ILogger<DeliveryApiContentIndexBuilder> logger)
{
    private readonly IContentIndexFieldProvider[] _providers = providers.ToArray();

    public DeliveryApiContentIndex Build(PublishedSnapshot snapshot, string culture, DeliverySchema schema)
    {
        DateTime? validUntil = null;
        var docs = new List<PublishedContent>();
        foreach (var content in snapshot.All)
        {
            if (content.ObjectType != NodeObjectType.Document || !content.IsVisibleIn(culture) || !access.IsAllowedContentType(content.ContentTypeAlias))
            {
                continue;
            }
            if (visibility.BecomesPublicAt(content, culture) is { } changes && (validUntil is null || changes < validUntil))
            {
                validUntil = changes;
            }
            if (visibility.IsPublic(content, culture))
            {
                docs.Add(content);
            }
        }
        var ordered = docs.OrderBy(d => d, new TreeOrder(snapshot)).ToArray();

        var context = new IndexingContext(snapshot, schema, culture);
        var fields = new Dictionary<string, FieldIndex>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in _providers.SelectMany(p => p.GetFields()))
        {
            fields.TryAdd(field.FieldName, field.FieldType is FieldType.Number or FieldType.Date
                ? new NumericFieldIndex(field.FieldType, ordered.Length)
                : new TermFieldIndex(field.FieldType, ordered.Length));
        }
        for (var doc = 0; doc < ordered.Length; doc++)
        {
            foreach (var provider in _providers)
            {
                foreach (var fieldValue in provider.GetFieldValues(ordered[doc], context))
                {
                    if (!fields.TryGetValue(fieldValue.FieldName, out var field))
                    {
                        continue;
                    }
                    foreach (var value in fieldValue.Values)
                    {
                        if (field is TermFieldIndex terms)
                        {
                            terms.Add(doc, value);
                        }
                        else
                        {
                            ((NumericFieldIndex)field).Add(doc, value);
                        }
                    }
                }
            }
        }
        foreach (var field in fields.Values)
        {
            field.Seal();
        }
        return new DeliveryApiContentIndex(ordered, fields.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), snapshot.Generation, schema.Version, validUntil, logger);
    }

    /// <summary>Depth-first tree order: compares the sort orders along both paths from the root (Umbraco's pathOrder, then sortOrder).</summary>
    private sealed class TreeOrder(PublishedSnapshot snapshot) : IComparer<PublishedContent>
    {
        private readonly Dictionary<int, int[]> _paths = [];

        public int Compare(PublishedContent? x, PublishedContent? y)
        {
            var a = PathOf(x!);
            var b = PathOf(y!);
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                if (a[i] != b[i])
                {
                    return a[i].CompareTo(b[i]);
                }
            }
            return a.Length != b.Length ? a.Length.CompareTo(b.Length) : x!.Id.CompareTo(y!.Id);
        }

        private int[] PathOf(PublishedContent content)
        {
            if (!_paths.TryGetValue(content.Id, out var path))
            {
                path = [.. TreePath.AncestorIds(content).Select(id => snapshot.GetById(id)?.SortOrder ?? 0), content.SortOrder];
                _paths[content.Id] = path;
            }
            return path;
        }
    }
}
