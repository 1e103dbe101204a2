using System.Text.Json.Serialization;
using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.Users.UserGroups;

/// <summary>Umbraco's <c>UserGroupResponseModel</c>.</summary>
public sealed record UserGroupResponseModel(
    string Name,
    string Alias,
    string? Icon,
    IReadOnlyList<string> Sections,
    IReadOnlyList<string> Languages,
    bool HasAccessToAllLanguages,
    ReferenceByIdModel? DocumentStartNode,
    bool DocumentRootAccess,
    ReferenceByIdModel? MediaStartNode,
    bool MediaRootAccess,
    IReadOnlyList<string> FallbackPermissions,
    IReadOnlyList<DocumentPermissionPresentationModel> Permissions,
    Guid Id,
    bool IsDeletable,
    bool AliasCanBeChanged);

/// <summary>
/// Umbraco's <c>CreateUserGroupRequestModel</c> and <c>UpdateUserGroupRequestModel</c> (the same fields; only create
/// may name the new id). Fields are nullable so a missing one gets a ProblemDetails naming it.
/// </summary>
public sealed record UserGroupRequestModel(
    string? Name,
    string? Alias,
    string? Icon,
    IReadOnlyList<string>? Sections,
    IReadOnlyList<string>? Languages,
    bool HasAccessToAllLanguages,
    ReferenceByIdModel? DocumentStartNode,
    bool DocumentRootAccess,
    ReferenceByIdModel? MediaStartNode,
    bool MediaRootAccess,
    IReadOnlyList<string>? FallbackPermissions,
    IReadOnlyList<PermissionRequestModel>? Permissions,
    Guid? Id);

/// <summary>One entry of the client's union of permission models, told apart by <c>$type</c>.</summary>
public sealed record PermissionRequestModel(
    [property: JsonPropertyName("$type")] string? Type,
    ReferenceByIdModel? Document,
    IReadOnlyList<string>? Verbs);

/// <summary>Umbraco's <c>UserGroupItemResponseModel</c>: enough to show a group's name and icon.</summary>
public sealed record UserGroupItemResponseModel(Guid Id, IReadOnlyList<FlagModel> Flags, string Name, string? Icon, string? Alias);


/// <summary>Umbraco's <c>DeleteUserGroupsRequestModel</c>.</summary>
public sealed record DeleteUserGroupsRequestModel(IReadOnlyList<ReferenceByIdModel>? UserGroupIds);
