using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Content;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Users.Current;

/// <summary>
/// <c>user/current/*</c>: the signed-in user as the client reads them at boot, their password, and their permissions
/// on given documents. Any back office user may call these about themselves.
/// </summary>
public static class CurrentUserEndpoints
{
    public static RouteGroupBuilder MapCurrentUserEndpoints(this RouteGroupBuilder v1)
    {
        var current = v1.MapGroup("user/current").WithTags("User");
        current.MapGet("", GetCurrentUser);
        current.MapGet("configuration", GetConfiguration);
        current.MapGet("login-providers", GetLoginProviders);
        current.MapGet("2fa", GetTwoFactorProviders);
        current.MapGet("permissions", GetDocumentPermissions);
        current.MapGet("permissions/document", GetDocumentPermissionsList);
        current.MapPost("change-password", ChangePassword);
        return v1;
    }

    private static async Task<Results<Ok<CurrentUserResponseModel>, UnauthorizedHttpResult>> GetCurrentUser(HttpContext context, IBackOfficeUserAccessor accessor) =>
        await accessor.GetCurrentAsync(context) is { } user ? TypedResults.Ok(ToModel(user)) : TypedResults.Unauthorized();

    private static Ok<CurrentUserConfigurationResponseModel> GetConfiguration(IOptions<IdentityOptions> identity) =>
        TypedResults.Ok(new CurrentUserConfigurationResponseModel(
            KeepUserLoggedIn: false, PasswordConfigurationResponseModel.From(identity.Value.Password), AllowChangePassword: true, AllowTwoFactor: false));

    // SelfHelp signs staff in with local accounts only: no external login provider to link.
    private static Ok<UserExternalLoginProviderModel[]> GetLoginProviders() => TypedResults.Ok(Array.Empty<UserExternalLoginProviderModel>());

    /// <summary>
    /// The two-factor providers a user may set up: Identity's authenticator app (the one SelfHelp offers), enabled when
    /// the user has turned two-factor sign-in on. Setting it up is the sign-in feature's job.
    /// </summary>
    private static async Task<Results<Ok<UserTwoFactorProviderModel[]>, UnauthorizedHttpResult>> GetTwoFactorProviders(
        HttpContext context, IBackOfficeUserAccessor accessor, UserManager<IdentityUser> users, IOptions<IdentityOptions> identity)
    {
        if (await accessor.GetCurrentAsync(context) is not { } user || await users.FindByIdAsync(user.Key.ToString()) is not { } account)
        {
            return TypedResults.Unauthorized();
        }
        var enabled = await users.GetTwoFactorEnabledAsync(account) && !string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(account));
        return TypedResults.Ok(new[] { new UserTwoFactorProviderModel(identity.Value.Tokens.AuthenticatorTokenProvider, enabled) });
    }

    private static async Task<Results<Ok<UserPermissionsResponseModel>, UnauthorizedHttpResult>> GetDocumentPermissions(
        HttpContext context, IBackOfficeUserAccessor accessor, IContentService documents, [FromQuery(Name = "id")] Guid[]? ids, CancellationToken cancellationToken) =>
        await accessor.GetCurrentAsync(context) is { } user
            ? TypedResults.Ok(new UserPermissionsResponseModel(await PermissionsAsync(user, documents, ids ?? [], cancellationToken)))
            : TypedResults.Unauthorized();

    private static async Task<Results<Ok<UserPermissionsResponseModel[]>, UnauthorizedHttpResult>> GetDocumentPermissionsList(
        HttpContext context, IBackOfficeUserAccessor accessor, IContentService documents, [FromQuery(Name = "id")] Guid[]? ids, CancellationToken cancellationToken) =>
        await accessor.GetCurrentAsync(context) is { } user
            ? TypedResults.Ok(new[] { new UserPermissionsResponseModel(await PermissionsAsync(user, documents, ids ?? [], cancellationToken)) })
            : TypedResults.Unauthorized();

    private static async Task<Results<Ok, ProblemHttpResult, UnauthorizedHttpResult>> ChangePassword(
        HttpContext context, ChangePasswordCurrentUserRequestModel request, IBackOfficeUserAccessor accessor, UserManager<IdentityUser> users)
    {
        if (await accessor.GetCurrentAsync(context) is not { } user || await users.FindByIdAsync(user.Key.ToString()) is not { } account)
        {
            return TypedResults.Unauthorized();
        }
        if (string.IsNullOrEmpty(request.NewPassword) || string.IsNullOrEmpty(request.OldPassword))
        {
            return ManagementProblems.BadRequest(UsersText.PasswordRequired(context), null, "InvalidPassword");
        }
        var changed = await users.ChangePasswordAsync(account, request.OldPassword, request.NewPassword);
        return changed.Succeeded
            ? ManagementResults.EmptyOk(context)
            : ManagementProblems.BadRequest(UsersText.PasswordNotChanged(context), string.Join(" ", changed.Errors.Select(e => e.Description)), "InvalidPassword");
    }

    /// <summary>The verbs on each document: the nearest granular permission on its path, else the fallback ones.</summary>
    private static async Task<IReadOnlyList<UserPermissionModel>> PermissionsAsync(BackOfficeUser user, IContentService documents, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var result = new List<UserPermissionModel>();
        foreach (var id in ids.Distinct())
        {
            if (await documents.GetAsync(id, cancellationToken) is not { } document)
            {
                continue;
            }
            var path = new List<Guid>();
            foreach (var ancestorId in document.Path.Split(',').Select(int.Parse).Where(i => i > 0 && i != document.Id))
            {
                if (await documents.GetAsync(ancestorId, cancellationToken) is { } ancestor)
                {
                    path.Add(ancestor.Key);
                }
            }
            path.Add(document.Key);
            result.Add(new UserPermissionModel(id, [.. user.PermissionsOn(path).Order(StringComparer.Ordinal)]));
        }
        return result;
    }

    internal static CurrentUserResponseModel ToModel(BackOfficeUser user) => new(
        user.Email, user.Email, user.Name,
        [.. user.UserGroupKeys.Select(k => new ReferenceByIdModel(k))],
        user.Key, user.LanguageIsoCode,
        [.. user.DocumentStartNodeKeys.Select(k => new ReferenceByIdModel(k))], user.HasDocumentRootAccess,
        [.. user.MediaStartNodeKeys.Select(k => new ReferenceByIdModel(k))], user.HasMediaRootAccess,
        AvatarUrls: [],
        Languages: [.. (user.Languages ?? new HashSet<string>()).Order(StringComparer.OrdinalIgnoreCase)],
        user.HasAccessToAllLanguages, user.HasAccessToSensitiveData,
        [.. user.FallbackPermissions.Order(StringComparer.Ordinal)],
        [.. user.DocumentPermissionsByKey.Select(p => new DocumentPermissionPresentationModel(new ReferenceByIdModel(p.Key), [.. p.Value.Order(StringComparer.Ordinal)]))],
        [.. user.AllowedSections.Order(StringComparer.Ordinal)],
        user.IsAdmin);
}
