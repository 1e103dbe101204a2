using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.Users.Current;

/// <summary>Umbraco's <c>CurrentUserResponseModel</c>: who is signed in and everything their groups grant.</summary>
public sealed record CurrentUserResponseModel(
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
    IReadOnlyList<string> Languages,
    bool HasAccessToAllLanguages,
    bool HasAccessToSensitiveData,
    IReadOnlyList<string> FallbackPermissions,
    IReadOnlyList<DocumentPermissionPresentationModel> Permissions,
    IReadOnlyList<string> AllowedSections,
    bool IsAdmin);

/// <summary>Umbraco's <c>CurrentUserConfigurationResponseModel</c>.</summary>
public sealed record CurrentUserConfigurationResponseModel(
    bool KeepUserLoggedIn, PasswordConfigurationResponseModel PasswordConfiguration, bool AllowChangePassword, bool AllowTwoFactor);

/// <summary>Umbraco's <c>ChangePasswordCurrentUserRequestModel</c>.</summary>
public sealed record ChangePasswordCurrentUserRequestModel(string? NewPassword, string? OldPassword);

/// <summary>Umbraco's <c>UserExternalLoginProviderModel</c>.</summary>
public sealed record UserExternalLoginProviderModel(string ProviderSchemeName, string? ProviderKey, bool IsLinkedOnUser, bool HasManualLinkingEnabled);

/// <summary>Umbraco's <c>UserPermissionsResponseModel</c>: the verbs on each asked-for node.</summary>
public sealed record UserPermissionsResponseModel(IReadOnlyList<UserPermissionModel> Permissions);

/// <summary>Umbraco's <c>UserPermissionModel</c>.</summary>
public sealed record UserPermissionModel(Guid NodeKey, IReadOnlyList<string> Permissions);

/// <summary>Umbraco's <c>UserTwoFactorProviderModel</c>.</summary>
public sealed record UserTwoFactorProviderModel(string ProviderName, bool IsEnabledOnUser);
