using System.Text.Json;
using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.Media;

/// <summary>Umbraco's <c>FlagModel</c>: a marker the client shows on an item (none are set on media yet).</summary>
public sealed record MediaFlagModel(string Alias);

/// <summary>Umbraco's <c>VariantItemResponseModel</c> as media trees and items carry it: a name in a culture (null when invariant).</summary>
public sealed record MediaVariantItemResponseModel(string Name, string? Culture);

/// <summary>Umbraco's <c>MediaTypeReferenceResponseModel</c>: which media type an item is, with its icon.</summary>
public sealed record MediaTypeReferenceResponseModel(Guid Id, string Icon, ReferenceByIdModel? Collection);

/// <summary>Umbraco's <c>MediaTreeItemResponseModel</c>: one node of the media tree.</summary>
public sealed record MediaTreeItemResponseModel(
    bool HasChildren,
    Guid Id,
    ReferenceByIdModel? Parent,
    IReadOnlyList<MediaFlagModel> Flags,
    bool NoAccess,
    bool IsTrashed,
    DateTime CreateDate,
    MediaTypeReferenceResponseModel MediaType,
    IReadOnlyList<MediaVariantItemResponseModel> Variants);

/// <summary>Umbraco's <c>MediaItemResponseModel</c>: what pickers and references show of a media item.</summary>
public sealed record MediaItemResponseModel(
    Guid Id,
    IReadOnlyList<MediaFlagModel> Flags,
    bool IsTrashed,
    ReferenceByIdModel? Parent,
    bool HasChildren,
    MediaTypeReferenceResponseModel MediaType,
    IReadOnlyList<MediaVariantItemResponseModel> Variants);

/// <summary>Umbraco's <c>MediaValueResponseModel</c>: one property value, with the editor that shows it.</summary>
public sealed record MediaValueResponseModel(string? Culture, string? Segment, string Alias, JsonElement? Value, string EditorAlias);

/// <summary>Umbraco's <c>MediaVariantResponseModel</c>: the item's name in a culture, with its dates.</summary>
public sealed record MediaVariantResponseModel(string? Culture, string? Segment, string Name, DateTime CreateDate, DateTime UpdateDate);

/// <summary>Umbraco's <c>MediaResponseModel</c>: a media item as the media workspace edits it.</summary>
public sealed record MediaResponseModel(
    IReadOnlyList<MediaValueResponseModel> Values,
    IReadOnlyList<MediaVariantResponseModel> Variants,
    Guid Id,
    IReadOnlyList<MediaFlagModel> Flags,
    bool IsTrashed,
    MediaTypeReferenceResponseModel MediaType);

/// <summary>Umbraco's <c>MediaValueModel</c>: one property value as the client sends it.</summary>
public sealed record MediaValueModel(string? Culture, string? Segment, string Alias, JsonElement? Value);

/// <summary>Umbraco's <c>MediaVariantRequestModel</c>: the item's name in a culture.</summary>
public sealed record MediaVariantRequestModel(string? Culture, string? Segment, string Name);

/// <summary>Umbraco's <c>CreateMediaRequestModel</c>; the client chooses the new item's id.</summary>
public sealed record CreateMediaRequestModel(
    IReadOnlyList<MediaValueModel>? Values,
    IReadOnlyList<MediaVariantRequestModel>? Variants,
    Guid? Id,
    ReferenceByIdModel? Parent,
    ReferenceByIdModel? MediaType);

/// <summary>Umbraco's <c>UpdateMediaRequestModel</c>.</summary>
public sealed record UpdateMediaRequestModel(IReadOnlyList<MediaValueModel>? Values, IReadOnlyList<MediaVariantRequestModel>? Variants);

/// <summary>Umbraco's <c>MediaUrlInfoModel</c>: a URL of a media item's file (culture null: the same in every culture).</summary>
public sealed record MediaUrlInfoModel(string? Culture, string? Url);

/// <summary>Umbraco's <c>MediaUrlInfoResponseModel</c>: the URLs of one media item.</summary>
public sealed record MediaUrlInfoResponseModel(Guid Id, IReadOnlyList<MediaUrlInfoModel> UrlInfos);

/// <summary>Umbraco's <c>MediaConfigurationResponseModel</c>.</summary>
public sealed record MediaConfigurationResponseModel(bool DisableDeleteWhenReferenced, bool DisableUnpublishWhenReferenced);

/// <summary>Umbraco's <c>MoveMediaRequestModel</c>: the new parent, or null for the root.</summary>
public sealed record MoveMediaRequestModel(ReferenceByIdModel? Target);

/// <summary>Umbraco's <c>ItemSortingRequestModel</c>.</summary>
public sealed record MediaItemSortingRequestModel(Guid Id, int SortOrder);

/// <summary>Umbraco's <c>SortingRequestModel</c>: the new order of some children of a parent (null: the root).</summary>
public sealed record MediaSortingRequestModel(ReferenceByIdModel? Parent, IReadOnlyList<MediaItemSortingRequestModel>? Sorting);

/// <summary>Umbraco's <c>MediaRecycleBinItemResponseModel</c>: an item in the media recycle bin.</summary>
public sealed record MediaRecycleBinItemResponseModel(
    Guid Id,
    DateTime CreateDate,
    bool HasChildren,
    ReferenceByIdModel? Parent,
    MediaTypeReferenceResponseModel MediaType,
    IReadOnlyList<MediaVariantItemResponseModel> Variants);
