using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.ContentTypes;

namespace SelfHelp.Web.ManagementApi.MediaTypes;

/// <summary>A child type allowed beneath a media type, in its order.</summary>
public sealed record MediaTypeSortModel(ReferenceByIdModel MediaType, int SortOrder);

/// <summary>A media type composed into another.</summary>
public sealed record MediaTypeCompositionModel(ReferenceByIdModel MediaType, string CompositionType);

/// <summary>A media type as the media editor and the type designer read it.</summary>
public sealed record MediaTypeResponseModel(
    string Alias,
    string Name,
    string? Description,
    string Icon,
    bool AllowedAsRoot,
    bool VariesByCulture,
    bool VariesBySegment,
    ReferenceByIdModel? Collection,
    bool IsElement,
    IReadOnlyList<PropertyTypeResponseModel> Properties,
    IReadOnlyList<PropertyTypeContainerResponseModel> Containers,
    Guid Id,
    IReadOnlyList<MediaTypeSortModel> AllowedMediaTypes,
    IReadOnlyList<MediaTypeCompositionModel> Compositions,
    bool IsDeletable,
    bool AliasCanBeChanged);

/// <summary>A media type in pickers and references.</summary>
public sealed record MediaTypeItemResponseModel(Guid Id, IReadOnlyList<FlagModel> Flags, string Name, string? Icon);

/// <summary>A media type in the Settings tree (no folders in SelfHelp: every type is a leaf at the root).</summary>
public sealed record MediaTypeTreeItemResponseModel(
    bool HasChildren, Guid Id, ReferenceByIdModel? Parent, IReadOnlyList<FlagModel> Flags, string Name, bool IsFolder, string Icon, bool IsDeletable);

/// <summary>A media type that may be created somewhere.</summary>
public sealed record AllowedMediaTypeModel(Guid Id, string Name, string? Description, string? Icon);

/// <summary>What the media type designer may offer.</summary>
public sealed record MediaTypeConfigurationResponseModel(IReadOnlyList<string> ReservedFieldNames);

/// <summary>A media type that composes another.</summary>
public sealed record MediaTypeCompositionResponseModel(Guid Id, string Name, string Icon);

/// <summary>The body of <c>PUT media-type/{id}</c>.</summary>
public sealed record UpdateMediaTypeRequestModel(
    string? Alias,
    string? Name,
    string? Description,
    string? Icon,
    bool AllowedAsRoot,
    bool VariesByCulture,
    bool VariesBySegment,
    ReferenceByIdModel? Collection,
    bool IsElement,
    IReadOnlyList<PropertyTypeRequestModel>? Properties,
    IReadOnlyList<PropertyTypeContainerRequestModel>? Containers,
    IReadOnlyList<MediaTypeSortModel>? AllowedMediaTypes,
    IReadOnlyList<MediaTypeCompositionModel>? Compositions);

/// <summary>The body of <c>POST media-type</c>.</summary>
public sealed record CreateMediaTypeRequestModel(
    string? Alias,
    string? Name,
    string? Description,
    string? Icon,
    bool AllowedAsRoot,
    bool VariesByCulture,
    bool VariesBySegment,
    ReferenceByIdModel? Collection,
    bool IsElement,
    IReadOnlyList<PropertyTypeRequestModel>? Properties,
    IReadOnlyList<PropertyTypeContainerRequestModel>? Containers,
    Guid? Id,
    ReferenceByIdModel? Parent,
    IReadOnlyList<MediaTypeSortModel>? AllowedMediaTypes,
    IReadOnlyList<MediaTypeCompositionModel>? Compositions);
