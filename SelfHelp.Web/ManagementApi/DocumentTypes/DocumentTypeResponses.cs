using SelfHelp.Core.ContentTypes;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.ContentTypes;

namespace SelfHelp.Web.ManagementApi.DocumentTypes;

/// <summary>Builds the Management API's document type answers from the engine's types.</summary>
internal static class DocumentTypeResponses
{
    /// <summary>Umbraco's icon for a type that names none.</summary>
    public const string DefaultIcon = "icon-document";

    public static DocumentTypeResponseModel Detail(ContentType type, IReadOnlyList<ContentType> allTypes) => new(
        type.Alias,
        type.Name,
        type.Description,
        type.Icon ?? DefaultIcon,
        type.AllowAtRoot,
        type.VariesByCulture,
        VariesBySegment: false,
        Collection: null,
        type.IsElement,
        PropertyTypeResponses.Properties(type),
        PropertyTypeResponses.Containers(type),
        type.Key,
        AllowedTemplates: [],
        DefaultTemplate: null,
        new DocumentTypeCleanupModel(false, null, null),
        [.. type.AllowedChildren.OrderBy(c => c.SortOrder)
            .Select(c => ContentTypeLookup.Find(allTypes, c.Key, c.Alias, ContentTypeKind.Document))
            .OfType<ContentType>()
            .Select((child, index) => new DocumentTypeSortModel(new ReferenceByIdModel(child.Key), index))],
        [.. type.Compositions
            .Select(alias => ContentTypeLookup.Find(allTypes, Guid.Empty, alias, ContentTypeKind.Document))
            .OfType<ContentType>()
            .Select(c => new DocumentTypeCompositionModel(new ReferenceByIdModel(c.Key), "Composition"))]);

    public static DocumentTypeItemResponseModel Item(ContentType type) =>
        new(type.Key, [], type.Name, type.IsElement, type.Icon ?? DefaultIcon, type.Description);

    public static DocumentTypeTreeItemResponseModel TreeItem(ContentType type) =>
        new(HasChildren: false, type.Key, Parent: null, [], type.Name, IsFolder: false, type.IsElement, type.Icon ?? DefaultIcon);

    public static AllowedDocumentTypeModel Allowed(ContentType type) => new(type.Key, type.Name, type.Description, type.Icon ?? DefaultIcon);
}
