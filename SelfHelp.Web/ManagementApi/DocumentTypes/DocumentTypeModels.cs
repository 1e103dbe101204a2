using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.ContentTypes;

namespace SelfHelp.Web.ManagementApi.DocumentTypes;

/// <summary>A child type allowed beneath a document type, in its order.</summary>
public sealed record DocumentTypeSortModel(ReferenceByIdModel DocumentType, int SortOrder);

/// <summary>A type composed into a document type (SelfHelp composes; it has no type inheritance).</summary>
public sealed record DocumentTypeCompositionModel(ReferenceByIdModel DocumentType, string CompositionType);

/// <summary>The version history clean-up of a type (SelfHelp keeps every version: nothing is cleaned up).</summary>
public sealed record DocumentTypeCleanupModel(bool PreventCleanup, int? KeepAllVersionsNewerThanDays, int? KeepLatestVersionPerDayForDays);

/// <summary>A document or element type as the document editor and the type designer read it.</summary>
public sealed record DocumentTypeResponseModel(
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
    IReadOnlyList<ReferenceByIdModel> AllowedTemplates,
    ReferenceByIdModel? DefaultTemplate,
    DocumentTypeCleanupModel Cleanup,
    IReadOnlyList<DocumentTypeSortModel> AllowedDocumentTypes,
    IReadOnlyList<DocumentTypeCompositionModel> Compositions);

/// <summary>A document type in pickers and references.</summary>
public sealed record DocumentTypeItemResponseModel(Guid Id, IReadOnlyList<FlagModel> Flags, string Name, bool IsElement, string? Icon, string? Description);

/// <summary>A document type in the Settings tree (no folders in SelfHelp: every type is a leaf at the root).</summary>
public sealed record DocumentTypeTreeItemResponseModel(
    bool HasChildren, Guid Id, ReferenceByIdModel? Parent, IReadOnlyList<FlagModel> Flags, string Name, bool IsFolder, bool IsElement, string Icon);

/// <summary>A type that may be created somewhere, as the "create" dialog lists it.</summary>
public sealed record AllowedDocumentTypeModel(Guid Id, string Name, string? Description, string? Icon);

/// <summary>What the type designer may offer.</summary>
public sealed record DocumentTypeConfigurationResponseModel(string DataTypesCanBeChanged, bool DisableTemplates, bool UseSegments, IReadOnlyList<string> ReservedFieldNames);

/// <summary>A type that composes another.</summary>
public sealed record DocumentTypeCompositionResponseModel(Guid Id, string Name, string Icon);

/// <summary>The type designer's question: which types could this type compose?</summary>
public sealed record DocumentTypeCompositionRequestModel(Guid? Id, IReadOnlyList<string>? CurrentPropertyAliases, IReadOnlyList<Guid>? CurrentCompositeIds, bool IsElement);

/// <summary>A type that could be composed, and whether it fits (no property alias it brings is already taken).</summary>
public sealed record AvailableDocumentTypeCompositionResponseModel(Guid Id, string Name, string Icon, IReadOnlyList<string> FolderPath, bool IsCompatible);

/// <summary>A document blueprint of a type (SelfHelp has no blueprints; the list is always empty).</summary>
public sealed record DocumentTypeBlueprintItemResponseModel(Guid Id, IReadOnlyList<FlagModel> Flags, string Name);

/// <summary>The body of <c>PUT document-type/{id}</c>.</summary>
public sealed record UpdateDocumentTypeRequestModel(
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
    IReadOnlyList<ReferenceByIdModel>? AllowedTemplates,
    ReferenceByIdModel? DefaultTemplate,
    DocumentTypeCleanupModel? Cleanup,
    IReadOnlyList<DocumentTypeSortModel>? AllowedDocumentTypes,
    IReadOnlyList<DocumentTypeCompositionModel>? Compositions);

/// <summary>The body of <c>POST document-type</c>.</summary>
public sealed record CreateDocumentTypeRequestModel(
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
    IReadOnlyList<ReferenceByIdModel>? AllowedTemplates,
    ReferenceByIdModel? DefaultTemplate,
    DocumentTypeCleanupModel? Cleanup,
    IReadOnlyList<DocumentTypeSortModel>? AllowedDocumentTypes,
    IReadOnlyList<DocumentTypeCompositionModel>? Compositions);
