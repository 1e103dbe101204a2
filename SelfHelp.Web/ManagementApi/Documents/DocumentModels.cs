using System.Text.Json;
using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.Documents;

/// <summary>Umbraco's <c>DocumentVariantStateModel</c>: where a culture of a document stands.</summary>
public enum DocumentVariantStateModel
{
    NotCreated,
    Draft,
    Published,
    PublishedPendingChanges,
    Trashed,
}


/// <summary>Umbraco's <c>DocumentTypeReferenceResponseModel</c>: the type of a document, with the icon the tree shows.</summary>
public sealed record DocumentTypeReferenceResponseModel(Guid Id, string Icon, ReferenceByIdModel? Collection);

/// <summary>Umbraco's <c>DocumentVariantItemResponseModel</c>: one culture of a document in a tree or item list.</summary>
public sealed record DocumentVariantItemResponseModel(string Name, string? Culture, DocumentVariantStateModel State, IReadOnlyList<FlagModel> Flags)
{
    /// <summary>Umbraco's read-only variant id (culture and segment); the client reads only culture.</summary>
    public string Id => Culture ?? "invariant";
}

/// <summary>Umbraco's <c>DocumentTreeItemResponseModel</c>.</summary>
public sealed record DocumentTreeItemResponseModel(
    Guid Id, ReferenceByIdModel? Parent, bool HasChildren, bool NoAccess, bool IsTrashed, DateTimeOffset CreateDate, bool IsProtected,
    IReadOnlyList<ReferenceByIdModel> Ancestors, DocumentTypeReferenceResponseModel DocumentType,
    IReadOnlyList<DocumentVariantItemResponseModel> Variants, IReadOnlyList<FlagModel> Flags);

/// <summary>Umbraco's <c>SubsetDocumentTreeItemResponseModel</c>: siblings around a target.</summary>
public sealed record SubsetDocumentTreeItemResponseModel(long TotalBefore, long TotalAfter, IReadOnlyList<DocumentTreeItemResponseModel> Items);

/// <summary>Umbraco's <c>DocumentItemResponseModel</c>.</summary>
public sealed record DocumentItemResponseModel(
    Guid Id, bool IsTrashed, bool IsProtected, ReferenceByIdModel? Parent, bool HasChildren,
    DocumentTypeReferenceResponseModel DocumentType, IReadOnlyList<DocumentVariantItemResponseModel> Variants, IReadOnlyList<FlagModel> Flags);

/// <summary>Umbraco's <c>DocumentValueResponseModel</c>: one property value in one culture.</summary>
public sealed record DocumentValueResponseModel(string Alias, string? Culture, string? Segment, JsonElement? Value, string EditorAlias);

/// <summary>Umbraco's <c>DocumentVariantResponseModel</c>: one culture of a document with its state and dates.</summary>
public sealed record DocumentVariantResponseModel(
    string? Culture, string? Segment, string Name, DateTimeOffset CreateDate, DateTimeOffset UpdateDate, DocumentVariantStateModel State,
    DateTimeOffset? PublishDate, DateTimeOffset? ScheduledPublishDate, DateTimeOffset? ScheduledUnpublishDate, IReadOnlyList<FlagModel> Flags)
{
    /// <summary>Umbraco's read-only variant id (culture and segment).</summary>
    public string Id => Culture ?? "invariant";
}

/// <summary>Umbraco's <c>DocumentResponseModel</c> (and <c>PublishedDocumentResponseModel</c>, which has the same shape).</summary>
public sealed record DocumentResponseModel(
    Guid Id, IReadOnlyList<DocumentValueResponseModel> Values, IReadOnlyList<DocumentVariantResponseModel> Variants,
    DocumentTypeReferenceResponseModel DocumentType, ReferenceByIdModel? Template, bool IsTrashed, IReadOnlyList<FlagModel> Flags);

/// <summary>Umbraco's <c>DocumentConfigurationResponseModel</c>.</summary>
public sealed record DocumentConfigurationResponseModel(
    bool DisableDeleteWhenReferenced, bool DisableUnpublishWhenReferenced, bool AllowEditInvariantFromNonDefault, bool AllowNonExistingSegmentsCreation);

/// <summary>Umbraco's <c>SegmentResponseModel</c>.</summary>
public sealed record SegmentResponseModel(string Name, string Alias, IReadOnlyList<string>? Cultures);

/// <summary>Umbraco's <c>DocumentValueModel</c>: a value as the client sends it.</summary>
public sealed record DocumentValueModel(string Alias, string? Culture, string? Segment, JsonElement? Value);

/// <summary>Umbraco's <c>DocumentVariantRequestModel</c>: a culture's name as the client sends it.</summary>
public sealed record DocumentVariantRequestModel(string? Culture, string? Segment, string? Name);

/// <summary>Umbraco's <c>CreateDocumentRequestModel</c>.</summary>
public sealed record CreateDocumentRequestModel(
    IReadOnlyList<DocumentValueModel>? Values, IReadOnlyList<DocumentVariantRequestModel>? Variants, Guid? Id,
    ReferenceByIdModel? Parent, ReferenceByIdModel? DocumentType, ReferenceByIdModel? Template);

/// <summary>Umbraco's <c>UpdateDocumentRequestModel</c>.</summary>
public sealed record UpdateDocumentRequestModel(
    IReadOnlyList<DocumentValueModel>? Values, IReadOnlyList<DocumentVariantRequestModel>? Variants, ReferenceByIdModel? Template);

/// <summary>Umbraco's <c>ValidateUpdateDocumentRequestModel</c> (v1.1): an update, checked for the given cultures only.</summary>
public sealed record ValidateUpdateDocumentRequestModel(
    IReadOnlyList<DocumentValueModel>? Values, IReadOnlyList<DocumentVariantRequestModel>? Variants, ReferenceByIdModel? Template,
    IReadOnlyList<string>? Cultures);

/// <summary>Umbraco's <c>ScheduleRequestModel</c>.</summary>
public sealed record ScheduleRequestModel(DateTimeOffset? PublishTime, DateTimeOffset? UnpublishTime);

/// <summary>Umbraco's <c>CultureAndScheduleRequestModel</c>: a culture to publish now, or at the schedule's times.</summary>
public sealed record CultureAndScheduleRequestModel(string? Culture, ScheduleRequestModel? Schedule);

/// <summary>Umbraco's <c>PublishDocumentRequestModel</c>.</summary>
public sealed record PublishDocumentRequestModel(IReadOnlyList<CultureAndScheduleRequestModel>? PublishSchedules);

/// <summary>Umbraco's <c>UnpublishDocumentRequestModel</c>: cultures to take offline (null: the whole document).</summary>
public sealed record UnpublishDocumentRequestModel(IReadOnlyList<string>? Cultures);

/// <summary>Umbraco's <c>PublishDocumentWithDescendantsRequestModel</c>.</summary>
public sealed record PublishDocumentWithDescendantsRequestModel(bool IncludeUnpublishedDescendants, IReadOnlyList<string>? Cultures);

/// <summary>Umbraco's <c>PublishWithDescendantsResultModel</c>: the task the client polls.</summary>
public sealed record PublishWithDescendantsResultModel(Guid TaskId, bool IsComplete);
