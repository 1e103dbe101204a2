using SelfHelp.Core.PublishedCache;
using Umbraco.Cms.Core.DeliveryApi;
using static SelfHelp.Core.DeliveryApi.Indexing.Fields.IndexFieldNames;

namespace SelfHelp.Core.DeliveryApi.Indexing.Fields;

/// <summary><c>startsAt</c>: when a workshop starts, for date filters such as upcoming workshops (<c>startsAt&gt;:now</c>) and sorting.</summary>
internal sealed class StartsAtFieldProvider : IContentIndexFieldProvider
{
    public IEnumerable<IndexField> GetFields() => [new() { FieldName = StartsAt, FieldType = FieldType.Date, VariesByCulture = false }];

    public IEnumerable<IndexFieldValue> GetFieldValues(PublishedContent content, IndexingContext context) =>
        content.GetDateTime("startsAt", context.Culture) is { } starts ? [new IndexFieldValue { FieldName = StartsAt, Values = [starts] }] : [];
}
