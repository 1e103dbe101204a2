using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Vocabulary;
using Umbraco.Cms.Core.DeliveryApi;

namespace SelfHelp.Core.DeliveryApi.Indexing.Fields;

/// <summary>
/// One raw keyword field per facet of the site's vocabulary, named by its key (<c>topic</c>, <c>district</c>, ...), for
/// <c>filter={key}:value</c>: the values of the facet's properties on the item's type. A switch the type has counts
/// as <c>false</c> when unset.
/// </summary>
internal sealed class FacetFieldProvider(ISiteVocabulary vocabulary) : IContentIndexFieldProvider
{
    public IEnumerable<IndexField> GetFields() =>
        vocabulary.Facets.Select(f => new IndexField { FieldName = f.Key, FieldType = FieldType.StringRaw, VariesByCulture = false });

    public IEnumerable<IndexFieldValue> GetFieldValues(PublishedContent content, IndexingContext context)
    {
        if (context.Schema.GetType(content.ContentTypeAlias) is not { } type)
        {
            yield break;
        }
        foreach (var facet in vocabulary.Facets)
        {
            var values = facet.PropertyAliases
                .Select(type.FindProperty)
                .OfType<PropertyType>()
                .SelectMany(p => FacetValues.Read(p.EditorAlias, content.GetValue(p.Alias, context.Culture)))
                .Distinct()
                .Select(v => (object)v)
                .ToArray();
            if (values.Length > 0)
            {
                yield return new IndexFieldValue { FieldName = facet.Key, Values = values };
            }
        }
    }
}
