using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.PublishedCache;

namespace SelfHelp.Core.DeliveryApi.Reading;

/// <summary>
/// Each item's default JSON (no <c>expand</c> or <c>fields</c>), built once per published version and culture and
/// reused (the brief's lesson from Umbraco 15, which lost its speed rebuilding items per request). An entry stays
/// valid while the item, everything its output showed (picked items, media, its root) and the schema are unchanged,
/// and until an embargo among them lifts.
/// </summary>
internal sealed class DeliveryJsonCache(DeliveryContentRenderer renderer, TimeProvider clock)
{
    private readonly ConditionalWeakTable<PublishedContent, ConcurrentDictionary<string, Entry>> _entries = new();

    public RenderedJson? GetContent(PublishedContent content, PublishedSnapshot snapshot, string culture, DeliverySchema schema) =>
        Get(content, snapshot, culture, schema, context => renderer.BuildContent(content, context, null, null));

    public RenderedJson? GetMedia(PublishedContent media, PublishedSnapshot snapshot, string culture, DeliverySchema schema) =>
        Get(media, snapshot, culture, schema, context => renderer.BuildMedia(media, context, null, null));

    private RenderedJson? Get<T>(PublishedContent content, PublishedSnapshot snapshot, string culture, DeliverySchema schema, Func<RenderContext, T?> build)
        where T : class
    {
        var byCulture = _entries.GetValue(content, _ => new ConcurrentDictionary<string, Entry>(StringComparer.OrdinalIgnoreCase));
        if (byCulture.TryGetValue(culture, out var entry) && Revalidate(entry, snapshot, schema) is { } valid)
        {
            if (!ReferenceEquals(valid, entry))
            {
                byCulture[culture] = valid;
            }
            return valid.Json;
        }
        var context = new RenderContext(snapshot, culture, schema);
        if (build(context) is not { } model)
        {
            return null;
        }
        var json = DeliveryJsonWriter.Serialize(model, KeysOf(content, context));
        byCulture[culture] = new Entry(json, snapshot.Generation, schema.Version, context.Dependencies.ValidUntil, context.Dependencies.ToArray());
        return json;
    }

    /// <summary>The item, its ancestors (their changes move or hide it) and everything its output showed.</summary>
    public static IReadOnlyCollection<Guid> KeysOf(PublishedContent content, RenderContext context)
    {
        var keys = new HashSet<Guid> { content.Key };
        foreach (var id in TreePath.AncestorIds(content))
        {
            if (context.Snapshot.GetById(id) is { } ancestor)
            {
                keys.Add(ancestor.Key);
            }
        }
        foreach (var (key, _) in context.Dependencies.ToArray())
        {
            keys.Add(key);
        }
        return keys;
    }

    private Entry? Revalidate(Entry entry, PublishedSnapshot snapshot, DeliverySchema schema)
    {
        if (entry.SchemaVersion != schema.Version || (entry.ValidUntil is { } until && clock.GetUtcNow().UtcDateTime >= until))
        {
            return null;
        }
        if (entry.Generation == snapshot.Generation)
        {
            return entry;
        }
        foreach (var (key, seen) in entry.Dependencies)
        {
            if (!ReferenceEquals(snapshot.GetByKey(key), seen))
            {
                return null;
            }
        }
        return entry with { Generation = snapshot.Generation };
    }

    private sealed record Entry(RenderedJson Json, long Generation, int SchemaVersion, DateTime? ValidUntil, KeyValuePair<Guid, PublishedContent?>[] Dependencies);
}
