using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.PublishedCache;
using Umbraco.Cms.Core.DeliveryApi;

namespace SelfHelp.Core.DeliveryApi.Indexing;

/// <summary>
/// Our equivalent of Umbraco's <c>IContentIndexHandler</c> (which takes Umbraco's <c>IContent</c>, a type this engine
/// does not have): declares index fields and gives each published item's values for them, in Umbraco.Cms.Core's
/// <see cref="IndexField"/> and <see cref="IndexFieldValue"/> shapes. One small class per group of fields.
/// Values may read the item, its ancestors, the schema and the culture, nothing else of the snapshot: they are
/// kept per published object and reused until one of those changes.
/// </summary>
public interface IContentIndexFieldProvider
{
    IEnumerable<IndexField> GetFields();

    IEnumerable<IndexFieldValue> GetFieldValues(PublishedContent content, IndexingContext context);
}

/// <summary>What a field provider may read besides the item: the snapshot it belongs to, the schema and the culture indexed.</summary>
public sealed record IndexingContext(PublishedSnapshot Snapshot, DeliverySchema Schema, string Culture);
