using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Documents;

namespace SelfHelp.Web.ManagementApi.DocumentOperations;

/// <summary>Umbraco's <c>ItemReferenceByIdResponseModel</c>.</summary>
public sealed record ItemReferenceByIdResponseModel(Guid Id);

/// <summary>Umbraco's <c>DocumentRecycleBinItemResponseModel</c>: a trashed document as the recycle bin lists it.</summary>
public sealed record DocumentRecycleBinItemResponseModel(
    Guid Id,
    DateTimeOffset CreateDate,
    bool HasChildren,
    ItemReferenceByIdResponseModel? Parent,
    DocumentTypeReferenceResponseModel DocumentType,
    IReadOnlyList<DocumentVariantItemResponseModel> Variants);

/// <summary>Umbraco's <c>MoveDocumentRequestModel</c> (and the restore body): the new parent, null for the root.</summary>
public sealed record MoveDocumentRequestModel(ReferenceByIdModel? Target);

/// <summary>Umbraco's <c>CopyDocumentRequestModel</c>.</summary>
public sealed record CopyDocumentRequestModel(ReferenceByIdModel? Target, bool RelateToOriginal, bool IncludeDescendants);

/// <summary>Umbraco's <c>ItemSortingRequestModel</c>.</summary>
public sealed record ItemSortingRequestModel(Guid Id, int SortOrder);

/// <summary>Umbraco's <c>SortingRequestModel</c>: the parent (null: the root) and the new places of its children.</summary>
public sealed record SortingRequestModel(ReferenceByIdModel? Parent, IReadOnlyList<ItemSortingRequestModel> Sorting);
