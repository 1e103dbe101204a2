using System.Text.Json.Serialization;
using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.DataTypes;

/// <summary>One configuration value of a data type, <c>{ alias, value }</c>.</summary>
public sealed record DataTypePropertyPresentationModel(string Alias, object? Value);

/// <summary>A data type as the client's data type workspace and every property editor read it.</summary>
public sealed record DataTypeResponseModel(
    string Name,
    string EditorAlias,
    string EditorUiAlias,
    IReadOnlyList<DataTypePropertyPresentationModel> Values,
    Guid Id,
    bool IsDeletable,
    bool CanIgnoreStartNodes);

/// <summary>A data type in pickers and references.</summary>
public sealed record DataTypeItemResponseModel(Guid Id, IReadOnlyList<FlagModel> Flags, string Name, string? EditorUiAlias, string EditorAlias, bool IsDeletable);

/// <summary>A data type in the Settings tree (SelfHelp has no data type folders: every entry is a leaf at the root).</summary>
public sealed record DataTypeTreeItemResponseModel(
    bool HasChildren, Guid Id, ReferenceByIdModel? Parent, IReadOnlyList<FlagModel> Flags, string Name, bool IsFolder, string? EditorUiAlias, bool IsDeletable);

/// <summary>The body of <c>POST data-type</c>.</summary>
public sealed record CreateDataTypeRequestModel(
    string? Name, string? EditorAlias, string? EditorUiAlias, IReadOnlyList<DataTypePropertyPresentationModel>? Values, Guid? Id, ReferenceByIdModel? Parent);

/// <summary>The body of <c>PUT data-type/{id}</c>.</summary>
public sealed record UpdateDataTypeRequestModel(
    string? Name, string? EditorAlias, string? EditorUiAlias, IReadOnlyList<DataTypePropertyPresentationModel>? Values);

/// <summary>Whether data types in use may change editor, and the list views (SelfHelp has none: empty ids).</summary>
public sealed record DatatypeConfigurationResponseModel(string CanBeChanged, Guid DocumentListViewId, Guid MediaListViewId);

/// <summary>A document type property that uses a data type (an item of <c>data-type/{id}/referenced-by</c>).</summary>
public sealed record DocumentTypePropertyTypeReferenceResponseModel(
    [property: JsonPropertyName("$type")] string Type, Guid Id, string? Name, string? Alias, TrackedReferenceTypeModel DocumentType);

/// <summary>A media type property that uses a data type (an item of <c>data-type/{id}/referenced-by</c>).</summary>
public sealed record MediaTypePropertyTypeReferenceResponseModel(
    [property: JsonPropertyName("$type")] string Type, Guid Id, string? Name, string? Alias, TrackedReferenceTypeModel MediaType);

/// <summary>The type owning a referencing property (Umbraco's <c>TrackedReferenceDocumentTypeModel</c> and its media twin).</summary>
public sealed record TrackedReferenceTypeModel(Guid Id, string? Icon, string? Alias, string? Name);
