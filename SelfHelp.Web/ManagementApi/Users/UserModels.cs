using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Users.UserGroups;

namespace SelfHelp.Web.ManagementApi.Users;

/// <summary>Umbraco's <c>UserResponseModel</c>.</summary>
public sealed record UserResponseModel(
    string Email,
    string UserName,
    string Name,
    IReadOnlyList<ReferenceByIdModel> UserGroupIds,
    Guid Id,
    string? LanguageIsoCode,
    IReadOnlyList<ReferenceByIdModel> DocumentStartNodeIds,
    bool HasDocumentRootAccess,
    IReadOnlyList<ReferenceByIdModel> MediaStartNodeIds,
    bool HasMediaRootAccess,
    IReadOnlyList<string> AvatarUrls,
    string State,
    int FailedLoginAttempts,
    DateTime CreateDate,
    DateTime UpdateDate,
    DateTime? LastLoginDate,
    DateTime? LastLockoutDate,
    DateTime? LastPasswordChangeDate,
    bool IsAdmin,
    string Kind);

/// <summary>Umbraco's <c>CreateUserRequestModel</c> (fields nullable so a missing one gets a ProblemDetails naming it).</summary>
public sealed record CreateUserRequestModel(string? Email, string? UserName, string? Name, IReadOnlyList<ReferenceByIdModel>? UserGroupIds, Guid? Id, string? Kind);

/// <summary>Umbraco's <c>UpdateUserRequestModel</c>.</summary>
public sealed record UpdateUserRequestModel(
    string? Email,
    string? UserName,
    string? Name,
    IReadOnlyList<ReferenceByIdModel>? UserGroupIds,
    string? LanguageIsoCode,
    IReadOnlyList<ReferenceByIdModel>? DocumentStartNodeIds,
    bool HasDocumentRootAccess,
    IReadOnlyList<ReferenceByIdModel>? MediaStartNodeIds,
    bool HasMediaRootAccess);

/// <summary>Umbraco's <c>UserItemResponseModel</c>.</summary>
public sealed record UserItemResponseModel(Guid Id, IReadOnlyList<FlagModel> Flags, string Name, IReadOnlyList<string> AvatarUrls, string Kind);

/// <summary>Umbraco's <c>ChangePasswordUserRequestModel</c>: an administrator sets another user's password.</summary>
public sealed record ChangePasswordUserRequestModel(string? NewPassword);

/// <summary>Umbraco's <c>ResetPasswordUserResponseModel</c>: a new password, shown once.</summary>
public sealed record ResetPasswordUserResponseModel(string? ResetPassword);

/// <summary>Umbraco's <c>DeleteUsersRequestModel</c>, <c>DisableUserRequestModel</c>, <c>EnableUserRequestModel</c> and <c>UnlockUsersRequestModel</c>: a list of users.</summary>
public sealed record UserIdsRequestModel(IReadOnlyList<ReferenceByIdModel>? UserIds);

/// <summary>Umbraco's <c>UpdateUserGroupsOnUserRequestModel</c>.</summary>
public sealed record UpdateUserGroupsOnUserRequestModel(IReadOnlyList<ReferenceByIdModel>? UserIds, IReadOnlyList<ReferenceByIdModel>? UserGroupIds);

/// <summary>Umbraco's <c>CalculatedUserStartNodesResponseModel</c>: the start nodes the user ends up with from their own and their groups'.</summary>
public sealed record CalculatedUserStartNodesResponseModel(
    Guid Id, IReadOnlyList<ReferenceByIdModel> DocumentStartNodeIds, bool HasDocumentRootAccess, IReadOnlyList<ReferenceByIdModel> MediaStartNodeIds, bool HasMediaRootAccess);

/// <summary>Umbraco's <c>UserConfigurationResponseModel</c>.</summary>
public sealed record UserConfigurationResponseModel(
    bool CanInviteUsers, bool UsernameIsEmail, PasswordConfigurationResponseModel PasswordConfiguration, bool AllowChangePassword, bool AllowTwoFactor);
