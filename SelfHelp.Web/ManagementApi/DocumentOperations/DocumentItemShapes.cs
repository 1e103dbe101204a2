using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Web.ManagementApi.DocumentOperations;

/// <summary>Builds the small shapes many document answers share: the type reference and the variants' names and states.</summary>
internal sealed class DocumentItemShapes(IContentTypeService contentTypes)
{
    public async Task<DocumentTypeReferenceResponseModel> TypeAsync(ContentItem item, CancellationToken ct)
    {
        var type = await contentTypes.GetAsync(item.ContentTypeAlias, ct);
        return new DocumentTypeReferenceResponseModel(type?.Key ?? Guid.Empty, type?.Icon ?? "icon-document");
    }

    public static IReadOnlyList<DocumentVariantItemResponseModel> Variants(ContentItem item) =>
        item.Draft.Names.Select(n =>
        {
            var culture = item.VariesByCulture ? n.Key : null;
            return new DocumentVariantItemResponseModel(n.Value, culture, culture ?? "invariant", [], State(item, culture));
        }).ToList();

    /// <summary>A stored date (UTC, whatever kind the database gave back) as an offset date for the wire.</summary>
    public static DateTimeOffset Utc(DateTime date) => new(DateTime.SpecifyKind(date, DateTimeKind.Utc));

    /// <summary>Umbraco's <c>DocumentVariantState</c> of one culture (null: invariant).</summary>
    public static string State(ContentItem item, string? culture) =>
        item.Trashed ? "Trashed"
        : item.Draft.GetName(item.VariesByCulture ? culture : null) is null ? "NotCreated"
        : !item.IsPublished(culture) ? "Draft"
        : item.IsEdited(culture ?? ContentData.Invariant) ? "PublishedPendingChanges"
        : "Published";
}
