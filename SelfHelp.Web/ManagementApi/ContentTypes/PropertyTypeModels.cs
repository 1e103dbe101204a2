using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.ContentTypes;

/// <summary>A property's validation: mandatory (with its message) and a regular expression (with its message).</summary>
public sealed record PropertyTypeValidationModel(bool Mandatory, string? MandatoryMessage, string? RegEx, string? RegExMessage);

/// <summary>How a property is laid out in the editor.</summary>
public sealed record PropertyTypeAppearanceModel(bool LabelOnTop);

/// <summary>A property of a document, element or media type (Umbraco's <c>DocumentTypePropertyTypeResponseModel</c> and its media twin).</summary>
public sealed record PropertyTypeResponseModel(
    Guid Id,
    ReferenceByIdModel? Container,
    int SortOrder,
    string Alias,
    string Name,
    string? Description,
    ReferenceByIdModel DataType,
    bool VariesByCulture,
    bool VariesBySegment,
    PropertyTypeValidationModel Validation,
    PropertyTypeAppearanceModel Appearance);

/// <summary>A tab or group of a type (Umbraco's <c>DocumentTypePropertyTypeContainerResponseModel</c> and its media twin).</summary>
public sealed record PropertyTypeContainerResponseModel(Guid Id, ReferenceByIdModel? Parent, string? Name, string Type, int SortOrder);

/// <summary>A property as the type designer sends it on create and update; every field is checked before use.</summary>
public sealed record PropertyTypeRequestModel(
    Guid? Id,
    ReferenceByIdModel? Container,
    int SortOrder,
    string? Alias,
    string? Name,
    string? Description,
    ReferenceByIdModel? DataType,
    bool VariesByCulture,
    bool VariesBySegment,
    PropertyTypeValidationModel? Validation,
    PropertyTypeAppearanceModel? Appearance);

/// <summary>A tab or group as the type designer sends it.</summary>
public sealed record PropertyTypeContainerRequestModel(Guid? Id, ReferenceByIdModel? Parent, string? Name, string? Type, int SortOrder);
