using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Web.ManagementApi.Documents;

namespace SelfHelp.Web.ManagementApi.DocumentOperations;

/// <summary>Builds the small shapes many document answers share: the type reference and the variants' names and states.</summary>
internal sealed class DocumentItemShapes(IContentTypeService contentTypes)
{
    public async Task<DocumentTypeReferenceResponseModel> TypeAsync(ContentItem item, CancellationToken ct)
    {
        var type = await contentTypes.GetAsync(item.ContentTypeAlias, ct);
        return new DocumentTypeReferenceResponseModel(type?.Key ?? Guid.Empty, type?.Icon ?? "icon-document", Collection: null);
    }

    public static IReadOnlyList<DocumentVariantItemResponseModel> Variants(ContentItem item) =>
        item.Draft.Names.Select(n =>
        {
            var culture = item.VariesByCulture ? n.Key : null;
            return new DocumentVariantItemResponseModel(n.Value, culture, DocumentResponseBuilder.State(item, culture), []);
        }).ToList();

    /// <summary>A stored date (UTC, whatever kind the database gave back) as an offset date for the wire.</summary>
    public static DateTimeOffset Utc(DateTime date) => new(DateTime.SpecifyKind(date, DateTimeKind.Utc));

}
