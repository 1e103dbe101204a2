using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
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
/// culture (consent, embargo) go in, in tree order, with every provider's field values. What each document
/// contributes is kept per published object and culture and reused by the next build while the document and its
/// ancestors are the same objects, so after a publish only the changed items are read again.
/// </summary>
internal sealed class DeliveryApiContentIndexBuilder(
    IEnumerable<IContentIndexFieldProvider> providers,
    IDeliveryApiAccess access,
    IPublicVisibility visibility,
    TimeProvider clock,
    ILogger<DeliveryApiContentIndexBuilder> logger)
{
    private readonly IContentIndexFieldProvider[] _providers = providers.ToArray();
    private readonly Dictionary<string, FieldType> _fieldTypes = providers.SelectMany(p => p.GetFields())
        .DistinctBy(f => f.FieldName, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(f => f.FieldName, f => f.FieldType, StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<(string Culture, int Schema), ConditionalWeakTable<PublishedContent, DocumentEntry>> _entries = new();

    public DeliveryApiContentIndex Build(PublishedSnapshot snapshot, string culture, DeliverySchema schema)
    {
        var entries = _entries.GetOrAdd((culture.ToLowerInvariant(), schema.Version), _ => new());
        var context = new IndexingContext(snapshot, schema, culture);
        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? validUntil = null;
        var docs = new List<PublishedContent>();
        var values = new List<PreparedField[]>();
        foreach (var content in TreeOrder(snapshot, culture))
        {
            if (!access.IsAllowedContentType(content.ContentTypeAlias))
            {
                continue;
            }
            if (!entries.TryGetValue(content, out var entry) || !entry.IsCurrent(snapshot, now))
            {
                entry = Entry(content, context);
                entries.AddOrUpdate(content, entry);
            }
            if (entry.ChangesAt is { } changes && (validUntil is null || changes < validUntil))
            {
                validUntil = changes;
            }
            if (entry.IsPublic)
            {
                docs.Add(content);
                values.Add(entry.Values);
            }
        }

        var fields = _fieldTypes.ToDictionary(f => f.Key, f => FieldIndex.Create(f.Value, docs.Count), StringComparer.OrdinalIgnoreCase);
        for (var doc = 0; doc < docs.Count; doc++)
        {
            foreach (var (fieldName, prepared) in values[doc])
            {
                var field = fields[fieldName];
                foreach (var value in prepared)
                {
                    field.Add(doc, value);
                }
            }
        }
        foreach (var field in fields.Values)
        {
            field.Seal();
        }
        return new DeliveryApiContentIndex([.. docs], fields.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), snapshot.Generation, schema.Version, validUntil, logger);
    }

    private DocumentEntry Entry(PublishedContent content, IndexingContext context)
    {
        var ancestors = TreePath.AncestorIds(content).Select(id => (id, context.Snapshot.GetById(id))).ToArray();
        var changesAt = visibility.BecomesPublicAt(content, context.Culture);
        return visibility.IsPublic(content, context.Culture)
            ? new DocumentEntry(ancestors, true, changesAt, [.. _providers.SelectMany(p => p.GetFieldValues(content, context)).Select(Prepare).OfType<PreparedField>()])
            : new DocumentEntry(ancestors, false, changesAt, []);
    }

    private PreparedField? Prepare(IndexFieldValue value) =>
        _fieldTypes.TryGetValue(value.FieldName, out var type)
            ? new PreparedField(value.FieldName, [.. value.Values.Select(v => FieldIndex.Prepare(type, v)).OfType<object>()])
            : null;

    /// <summary>
    /// Documents visible in the culture, depth first with siblings in sort order (Umbraco's pathOrder, then
    /// sortOrder): read off the snapshot's children lists, so no comparison sort over the whole site.
    /// </summary>
    private static IEnumerable<PublishedContent> TreeOrder(PublishedSnapshot snapshot, string culture)
    {
        var pending = new Stack<PublishedContent>();
        PushChildren(ContentItem.RootId);
        while (pending.TryPop(out var content))
        {
            yield return content;
            PushChildren(content.Id);
        }

        // Children of a hidden item are hidden too (visibility is inherited), so only visible ones are walked.
        void PushChildren(int parentId)
        {
            var children = snapshot.GetChildren(parentId);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                if (children[i].IsVisibleIn(culture))
                {
                    pending.Push(children[i]);
                }
            }
        }
    }

    /// <summary>
    /// What one published object contributes to the index in one culture. Field values may read the item and its
    /// ancestors (the tree fields do), so the entry holds while every ancestor is still the object it was built with,
    /// and until a visibility rule changes its answer.
    /// </summary>
    private sealed record DocumentEntry((int Id, PublishedContent? Content)[] Ancestors, bool IsPublic, DateTime? ChangesAt, PreparedField[] Values)
    {
        public bool IsCurrent(PublishedSnapshot snapshot, DateTime now) =>
            (ChangesAt is not { } at || now < at) && Ancestors.All(a => ReferenceEquals(snapshot.GetById(a.Id), a.Content));
    }
}

/// <summary>One field's values for one document, prepared for the field's type (see <see cref="FieldIndex.Prepare"/>).</summary>
internal sealed record PreparedField(string FieldName, object[] Values);
