using SelfHelp.Core.ContentTypes;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.ContentTypes;

namespace SelfHelp.Web.ManagementApi.MediaTypes;

/// <summary>Builds the Management API's media type answers from the engine's types.</summary>
internal static class MediaTypeResponses
{
    /// <summary>Umbraco's icon for a media type that names none.</summary>
    public const string DefaultIcon = "icon-picture";

    public static MediaTypeResponseModel Detail(ContentType type, IReadOnlyList<ContentType> allTypes) => new(
        type.Alias,
        type.Name,
        type.Description,
        type.Icon ?? DefaultIcon,
        type.AllowAtRoot,
        type.VariesByCulture,
        VariesBySegment: false,
        Collection: null,
        IsElement: false,
        PropertyTypeResponses.Properties(type),
        PropertyTypeResponses.Containers(type),
        type.Key,
        [.. type.AllowedChildren.OrderBy(c => c.SortOrder)
            .Select(c => ContentTypeLookup.Find(allTypes, c.Key, c.Alias, ContentTypeKind.Media))
            .OfType<ContentType>()
            .Select((child, index) => new MediaTypeSortModel(new ReferenceByIdModel(child.Key), index))],
        [.. type.Compositions
            .Select(alias => ContentTypeLookup.Find(allTypes, Guid.Empty, alias, ContentTypeKind.Media))
            .OfType<ContentType>()
            .Select(c => new MediaTypeCompositionModel(new ReferenceByIdModel(c.Key), "Composition"))],
        IsDeletable: !SystemMediaTypes.Contains(type),
        AliasCanBeChanged: !SystemMediaTypes.Contains(type));

    public static MediaTypeItemResponseModel Item(ContentType type) => new(type.Key, [], type.Name, type.Icon ?? DefaultIcon);

    public static MediaTypeTreeItemResponseModel TreeItem(ContentType type) =>
        new(HasChildren: false, type.Key, Parent: null, [], type.Name, IsFolder: false, type.Icon ?? DefaultIcon, IsDeletable: !SystemMediaTypes.Contains(type));

    public static AllowedMediaTypeModel Allowed(ContentType type) => new(type.Key, type.Name, type.Description, type.Icon ?? DefaultIcon);
}
