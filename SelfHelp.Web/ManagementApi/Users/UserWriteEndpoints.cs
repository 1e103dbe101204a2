using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Security;

namespace SelfHelp.Web.ManagementApi.Users;

/// <summary>
/// Creating, changing and deleting users, and setting their passwords, in the Users section. A new user has no
/// password until <c>reset-password</c> (which the client's "create user" dialog calls) makes one to hand over.
/// </summary>
public static class UserWriteEndpoints
{
    private const string Route = "/umbraco/management/api/v1/user";

    public static RouteGroupBuilder MapUserWriteEndpoints(this RouteGroupBuilder v1)
    {
        var users = v1.MapGroup("").WithTags("User").RequireAuthorization(BackOfficePolicies.SectionAccessUsers);
        users.MapPost("user", Create);
        users.MapPut("user/{id:guid}", Update);
        users.MapDelete("user/{id:guid}", Delete);
        users.MapDelete("user", DeleteMany);
        users.MapPost("user/{id:guid}/change-password", ChangePassword);
        users.MapPost("user/{id:guid}/reset-password", ResetPassword);
        return v1;
    }

    private static async Task<IResult> Create(
        HttpContext context, CreateUserRequestModel request, IBackOfficeUserAccessor accessor, UserManager<IdentityUser> userManager,
        StaffUserDirectory directory, UserGroupStore groupStore, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Email) || !request.Email.Contains('@'))
        {
            errors["$.email"] = [UsersText.Required(context)];
        }
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors["$.name"] = [UsersText.Required(context)];
        }
        var (groups, groupErrors) = await GroupsAsync(context, groupStore, request.UserGroupIds, cancellationToken);
        if (errors.Concat(groupErrors).ToDictionary() is { Count: > 0 } all)
        {
            return ManagementProblems.Validation(all, UsersText.InvalidUser(context), operationStatus: "InvalidRequest");
        }
        var actor = (await accessor.GetCurrentAsync(context))!;
        if (AdministratorGuard.CheckActor(context, actor, [], groups.Select(g => g.Key)) is { } refused)
        {
            return ManagementProblems.Forbidden(refused);
        }
        var key = request.Id ?? Guid.NewGuid();
        var account = new IdentityUser
        {
            Id = key.ToString(), Email = request.Email!.Trim(), UserName = string.IsNullOrWhiteSpace(request.UserName) ? request.Email.Trim() : request.UserName.Trim(),
            EmailConfirmed = true, LockoutEnabled = true,
        };
        var created = await userManager.CreateAsync(account);
        if (!created.Succeeded)
        {
            return ManagementProblems.BadRequest(UsersText.DuplicateEmail(context), string.Join(" ", created.Errors.Select(e => e.Description)), "DuplicateUserName");
        }
        foreach (var group in groups)
        {
            await userManager.AddToRoleAsync(account, group.Alias);
        }
        var profile = await directory.ProfileAsync(account, cancellationToken);
        profile.Name = request.Name!.Trim();
        await directory.SaveAsync(cancellationToken);
        return ManagementResults.Created(context, key, $"{Route}/{key}");
    }

    private static async Task<IResult> Update(
        HttpContext context, Guid id, UpdateUserRequestModel request, IBackOfficeUserAccessor accessor, UserManager<IdentityUser> userManager,
        StaffUserDirectory directory, UserGroupStore groupStore, CancellationToken cancellationToken)
    {
        var all = await directory.GetAllAsync(cancellationToken);
        if (all.FirstOrDefault(u => u.Key == id) is not { } user)
        {
            return ManagementProblems.NotFound(UsersText.UserNotFound(context));
        }
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Email) || !request.Email.Contains('@'))
        {
            errors["$.email"] = [UsersText.Required(context)];
        }
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors["$.name"] = [UsersText.Required(context)];
        }
        if (!string.IsNullOrEmpty(request.LanguageIsoCode) && !IsCulture(request.LanguageIsoCode))
        {
            errors["$.languageIsoCode"] = [UsersText.UnknownLanguage(context)];
        }
        var (groups, groupErrors) = await GroupsAsync(context, groupStore, request.UserGroupIds, cancellationToken);
        if (errors.Concat(groupErrors).ToDictionary() is { Count: > 0 } problems)
        {
            return ManagementProblems.Validation(problems, UsersText.InvalidUser(context), operationStatus: "InvalidRequest");
        }
        var actor = (await accessor.GetCurrentAsync(context))!;
        var added = groups.Where(g => user.Groups.All(h => h.Key != g.Key)).ToList();
        if (AdministratorGuard.CheckActor(context, actor, [user], added.Select(g => g.Key)) is { } refused)
        {
            return ManagementProblems.Forbidden(refused);
        }
        var losesAdmin = user.IsAdmin && groups.All(g => g.Alias != BackOfficeUserGroups.Admin);
        if (losesAdmin && AdministratorGuard.CheckRemoval(context, actor, all, [user.Key]) is { } guarded)
        {
            return ManagementProblems.BadRequest(guarded, null, "AdminUserGroupCannotBeEmpty");
        }
        var account = (await userManager.FindByIdAsync(id.ToString()))!;
        account.Email = request.Email!.Trim();
        account.UserName = string.IsNullOrWhiteSpace(request.UserName) ? account.Email : request.UserName.Trim();
        var updated = await userManager.UpdateAsync(account);
        if (!updated.Succeeded)
        {
            return ManagementProblems.BadRequest(UsersText.DuplicateEmail(context), string.Join(" ", updated.Errors.Select(e => e.Description)), "DuplicateUserName");
        }
        await SetGroupsAsync(userManager, account, user.Groups, groups);
        var profile = await directory.ProfileAsync(account, cancellationToken);
        profile.Name = request.Name!.Trim();
        profile.LanguageIsoCode = string.IsNullOrEmpty(request.LanguageIsoCode) ? null : request.LanguageIsoCode;
        profile.DocumentStartNodeKeysJson = StartNodesJson(request.HasDocumentRootAccess, request.DocumentStartNodeIds);
        profile.MediaStartNodeKeysJson = StartNodesJson(request.HasMediaRootAccess, request.MediaStartNodeIds);
        profile.UpdateDate = DateTime.UtcNow;
        await directory.SaveAsync(cancellationToken);
        return ManagementResults.EmptyOk(context);
    }

    private static async Task<IResult> Delete(
        HttpContext context, Guid id, IBackOfficeUserAccessor accessor, UserManager<IdentityUser> userManager, StaffUserDirectory directory, CancellationToken cancellationToken) =>
        await DeleteAsync(context, [id], accessor, userManager, directory, cancellationToken);

    private static async Task<IResult> DeleteMany(
        HttpContext context, [FromBody] UserIdsRequestModel request, IBackOfficeUserAccessor accessor, UserManager<IdentityUser> userManager,
        StaffUserDirectory directory, CancellationToken cancellationToken) =>
        await DeleteAsync(context, [.. (request.UserIds ?? []).Select(r => r.Id).Distinct()], accessor, userManager, directory, cancellationToken);

    private static async Task<IResult> DeleteAsync(
        HttpContext context, IReadOnlyList<Guid> ids, IBackOfficeUserAccessor accessor, UserManager<IdentityUser> userManager, StaffUserDirectory directory, CancellationToken cancellationToken)
    {
        var (targets, problem) = await UserStateEndpoints.TargetsAsync(context, ids, accessor, directory, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        foreach (var target in targets)
        {
            await userManager.DeleteAsync((await userManager.FindByIdAsync(target.Account.Id))!);
        }
        return ManagementResults.EmptyOk(context);
    }

    private static async Task<IResult> ChangePassword(
        HttpContext context, Guid id, ChangePasswordUserRequestModel request, IBackOfficeUserAccessor accessor, UserManager<IdentityUser> userManager,
        StaffUserDirectory directory, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.NewPassword))
        {
            return ManagementProblems.BadRequest(UsersText.NewPasswordRequired(context), null, "InvalidPassword");
        }
        return await SetPasswordAsync(context, id, request.NewPassword, accessor, userManager, directory, cancellationToken) ?? ManagementResults.EmptyOk(context);
    }

    private static async Task<IResult> ResetPassword(
        HttpContext context, Guid id, IBackOfficeUserAccessor accessor, UserManager<IdentityUser> userManager, StaffUserDirectory directory, CancellationToken cancellationToken)
    {
        var password = NewPassword();
        return await SetPasswordAsync(context, id, password, accessor, userManager, directory, cancellationToken)
            ?? TypedResults.Ok(new ResetPasswordUserResponseModel(password));
    }

    /// <summary>Sets a user's password through Identity's reset (so its rules apply); null on success, else the problem.</summary>
    private static async Task<IResult?> SetPasswordAsync(
        HttpContext context, Guid id, string password, IBackOfficeUserAccessor accessor, UserManager<IdentityUser> userManager, StaffUserDirectory directory, CancellationToken cancellationToken)
    {
        if (await directory.GetAsync(id, cancellationToken) is not { } user)
        {
            return ManagementProblems.NotFound(UsersText.UserNotFound(context));
        }
        if (AdministratorGuard.CheckActor(context, (await accessor.GetCurrentAsync(context))!, [user], []) is { } refused)
        {
            return ManagementProblems.Forbidden(refused);
        }
        var account = (await userManager.FindByIdAsync(id.ToString()))!;
        var reset = await userManager.ResetPasswordAsync(account, await userManager.GeneratePasswordResetTokenAsync(account), password);
        return reset.Succeeded
            ? null
            : ManagementProblems.BadRequest(UsersText.PasswordNotChanged(context), string.Join(" ", reset.Errors.Select(e => e.Description)), "InvalidPassword");
    }

    /// <summary>The groups named in a request; each unknown one is an error keyed by its place in the request.</summary>
    internal static async Task<(List<BackOfficeUserGroup> Groups, Dictionary<string, string[]> Errors)> GroupsAsync(
        HttpContext context, UserGroupStore store, IReadOnlyList<ReferenceByIdModel>? ids, CancellationToken cancellationToken)
    {
        var all = await store.GetAllAsync(cancellationToken);
        var groups = new List<BackOfficeUserGroup>();
        var errors = new Dictionary<string, string[]>();
        var asked = ids ?? [];
        for (var i = 0; i < asked.Count; i++)
        {
            if (all.FirstOrDefault(g => g.Key == asked[i].Id) is { } group)
            {
                groups.Add(group);
            }
            else
            {
                errors[$"$.userGroupIds[{i}]"] = [UsersText.UnknownUserGroup(context)];
            }
        }
        return (groups.DistinctBy(g => g.Key).ToList(), errors);
    }

    /// <summary>Replaces a user's groups (Identity roles) with <paramref name="wanted"/>.</summary>
    internal static async Task SetGroupsAsync(UserManager<IdentityUser> users, IdentityUser account, IEnumerable<BackOfficeUserGroup> current, IReadOnlyCollection<BackOfficeUserGroup> wanted)
    {
        foreach (var group in current.Where(g => wanted.All(w => w.Key != g.Key)))
        {
            await users.RemoveFromRoleAsync(account, group.Alias);
        }
        foreach (var group in wanted.Where(w => current.All(g => g.Key != w.Key)))
        {
            await users.AddToRoleAsync(account, group.Alias);
        }
    }

    private static string StartNodesJson(bool rootAccess, IReadOnlyList<ReferenceByIdModel>? ids) =>
        System.Text.Json.JsonSerializer.Serialize(rootAccess ? [] : (ids ?? []).Select(r => r.Id).Distinct().ToList());

    // A culture name as the client's localizations give it (en-US, zh-HK, da-DK).
    private static bool IsCulture(string name) =>
        name.Length <= 20 && System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$");

    /// <summary>24 random characters from four classes, so Identity's password rules always pass.</summary>
    private static string NewPassword() =>
        RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ", 6) + RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyz", 6)
        + RandomNumberGenerator.GetString("23456789", 6) + RandomNumberGenerator.GetString("-_.!@#%+=", 6);
}
