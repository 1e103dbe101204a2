using System.Globalization;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.PublishedCache;
using Umbraco.Cms.Core.DeliveryApi;
using static SelfHelp.Core.DeliveryApi.Indexing.Fields.IndexFieldNames;

namespace SelfHelp.Core.DeliveryApi.Indexing.Fields;

/// <summary>Identity: the item's key (what queries return) and the category every item shares.</summary>
internal sealed class ItemFieldProvider : IContentIndexFieldProvider
{
    public IEnumerable<IndexField> GetFields() =>
    [
        new() { FieldName = ItemId, FieldType = FieldType.StringRaw, VariesByCulture = false },
        new() { FieldName = IndexType, FieldType = FieldType.StringRaw, VariesByCulture = false },
    ];

    public IEnumerable<IndexFieldValue> GetFieldValues(PublishedContent content, IndexingContext context) =>
    [
        new() { FieldName = ItemId, Values = [content.Key.ToString("D")] },
        new() { FieldName = IndexType, Values = ["content"] },
    ];
}

/// <summary>Place in the tree: parent and ancestor keys (for children: and descendants:), level, sort order and tree order.</summary>
internal sealed class TreeFieldProvider : IContentIndexFieldProvider
{
    public IEnumerable<IndexField> GetFields() =>
    [
        new() { FieldName = ParentId, FieldType = FieldType.StringRaw, VariesByCulture = false },
        new() { FieldName = AncestorIds, FieldType = FieldType.StringRaw, VariesByCulture = false },
        new() { FieldName = Level, FieldType = FieldType.Number, VariesByCulture = false },
        new() { FieldName = SortOrder, FieldType = FieldType.Number, VariesByCulture = false },
        new() { FieldName = PathOrder, FieldType = FieldType.StringSortable, VariesByCulture = false },
    ];

    public IEnumerable<IndexFieldValue> GetFieldValues(PublishedContent content, IndexingContext context)
    {
        var ancestors = TreePath.AncestorIds(content).Select(context.Snapshot.GetById).OfType<PublishedContent>().ToList();
        // Zero-padded sort orders from the root down: comparing them as text walks the tree depth first.
        var pathOrder = string.Join(',', ancestors.Append(content).Select(a => a.SortOrder.ToString("D6", CultureInfo.InvariantCulture)));
        var values = new List<IndexFieldValue>
        {
            new() { FieldName = AncestorIds, Values = ancestors.Select(a => (object)a.Key.ToString("D")).ToArray() },
            new() { FieldName = Level, Values = [content.Level] },
            new() { FieldName = SortOrder, Values = [content.SortOrder] },
            new() { FieldName = PathOrder, Values = [pathOrder] },
        };
        if (ancestors.Count > 0)
        {
            values.Add(new() { FieldName = ParentId, Values = [ancestors[^1].Key.ToString("D")] });
        }
        return values;
    }
}

/// <summary>The content type alias, for <c>contentType:</c>.</summary>
internal sealed class ContentTypeFieldProvider : IContentIndexFieldProvider
{
    public IEnumerable<IndexField> GetFields() => [new() { FieldName = ContentType, FieldType = FieldType.StringRaw, VariesByCulture = false }];

    public IEnumerable<IndexFieldValue> GetFieldValues(PublishedContent content, IndexingContext context) =>
        [new() { FieldName = ContentType, Values = [content.ContentTypeAlias] }];
}

/// <summary>The name in the culture: analyzed for <c>name:</c>, sortable for <c>sort=name</c>.</summary>
internal sealed class NameFieldProvider : IContentIndexFieldProvider
{
    public IEnumerable<IndexField> GetFields() =>
    [
        new() { FieldName = Name, FieldType = FieldType.StringAnalyzed, VariesByCulture = true },
        new() { FieldName = SortName, FieldType = FieldType.StringSortable, VariesByCulture = true },
    ];

    public IEnumerable<IndexFieldValue> GetFieldValues(PublishedContent content, IndexingContext context)
    {
        var name = content.GetName(context.Culture) ?? "";
        return [new() { FieldName = Name, Values = [name] }, new() { FieldName = SortName, Values = [name] }];
    }
}

/// <summary>Create and update dates; the update date is when the culture was last published.</summary>
internal sealed class DateFieldProvider : IContentIndexFieldProvider
{
    public IEnumerable<IndexField> GetFields() =>
    [
        new() { FieldName = CreateDate, FieldType = FieldType.Date, VariesByCulture = false },
        new() { FieldName = UpdateDate, FieldType = FieldType.Date, VariesByCulture = true },
    ];

    public IEnumerable<IndexFieldValue> GetFieldValues(PublishedContent content, IndexingContext context) =>
    [
        new() { FieldName = CreateDate, Values = [content.CreateDate] },
        new() { FieldName = UpdateDate, Values = [content.Cultures.GetValueOrDefault(context.Culture)?.PublishDate ?? content.UpdateDate] },
    ];
}
