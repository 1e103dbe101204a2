using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Users;

/// <summary>
/// Disabling, enabling and unlocking users and setting their groups, in the Users section. Each takes effect on the
/// user's next request, since every request reads the user afresh.
/// </summary>
public static class UserStateEndpoints
{
    public static RouteGroupBuilder MapUserStateEndpoints(this RouteGroupBuilder v1)
    {
        var users = v1.MapGroup("user").WithTags("User").RequireAuthorization(BackOfficePolicies.SectionAccessUsers);
        users.MapPost("disable", Disable);
        users.MapPost("enable", Enable);
        users.MapPost("unlock", Unlock);
        users.MapPost("set-user-groups", SetUserGroups);
        return v1;
    }

    private static async Task<IResult> Disable(
        HttpContext context, UserIdsRequestModel request, IBackOfficeUserAccessor accessor, StaffUserDirectory directory, CancellationToken cancellationToken)
    {
        var (targets, problem) = await TargetsAsync(context, Ids(request), accessor, directory, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        foreach (var target in targets)
        {
            var profile = await directory.ProfileAsync(target.Account, cancellationToken);
            profile.IsDisabled = true;
            profile.UpdateDate = DateTime.UtcNow;
        }
        await directory.SaveAsync(cancellationToken);
        return ManagementResults.EmptyOk(context);
    }

    private static async Task<IResult> Enable(
        HttpContext context, UserIdsRequestModel request, IBackOfficeUserAccessor accessor, StaffUserDirectory directory, CancellationToken cancellationToken)
    {
        var (targets, problem) = await TargetsAsync(context, Ids(request), accessor, directory, cancellationToken, removes: false);
        if (problem is not null)
        {
            return problem;
        }
        foreach (var target in targets)
        {
            var profile = await directory.ProfileAsync(target.Account, cancellationToken);
            profile.IsDisabled = false;
            profile.UpdateDate = DateTime.UtcNow;
        }
        await directory.SaveAsync(cancellationToken);
        return ManagementResults.EmptyOk(context);
    }

    private static async Task<IResult> Unlock(
        HttpContext context, UserIdsRequestModel request, IBackOfficeUserAccessor accessor, UserManager<IdentityUser> userManager,
        StaffUserDirectory directory, CancellationToken cancellationToken)
    {
        var (targets, problem) = await TargetsAsync(context, Ids(request), accessor, directory, cancellationToken, removes: false);
        if (problem is not null)
        {
            return problem;
        }
        foreach (var target in targets)
        {
            var account = (await userManager.FindByIdAsync(target.Account.Id))!;
            await userManager.SetLockoutEndDateAsync(account, null);
            await userManager.ResetAccessFailedCountAsync(account);
        }
        return ManagementResults.EmptyOk(context);
    }

    private static async Task<IResult> SetUserGroups(
        HttpContext context, UpdateUserGroupsOnUserRequestModel request, IBackOfficeUserAccessor accessor, UserManager<IdentityUser> userManager,
        StaffUserDirectory directory, UserGroupStore groupStore, CancellationToken cancellationToken)
    {
        var (groups, errors) = await UserWriteEndpoints.GroupsAsync(context, groupStore, request.UserGroupIds, cancellationToken);
        if (errors.Count > 0)
        {
            return ManagementProblems.Validation(errors, UsersText.InvalidUser(context), operationStatus: "InvalidRequest");
        }
        var all = await directory.GetAllAsync(cancellationToken);
        var ids = (request.UserIds ?? []).Select(r => r.Id).Distinct().ToList();
        if (ids.FirstOrDefault(id => all.All(u => u.Key != id)) is var missing && missing != Guid.Empty)
        {
            return ManagementProblems.NotFound(UsersText.UserNotFound(context));
        }
        var targets = all.Where(u => ids.Contains(u.Key)).ToList();
        var actor = (await accessor.GetCurrentAsync(context))!;
        if (AdministratorGuard.CheckActor(context, actor, targets, groups.Select(g => g.Key)) is { } refused)
        {
            return ManagementProblems.Forbidden(refused);
        }
        if (groups.All(g => g.Alias != BackOfficeUserGroups.Admin)
            && AdministratorGuard.CheckRemoval(context, actor, all, [.. targets.Where(t => t.IsAdmin).Select(t => t.Key)]) is { } guarded)
        {
            return ManagementProblems.BadRequest(guarded, null, "AdminUserGroupCannotBeEmpty");
        }
        foreach (var target in targets)
        {
            await UserWriteEndpoints.SetGroupsAsync(userManager, (await userManager.FindByIdAsync(target.Account.Id))!, target.Groups, groups);
        }
        return ManagementResults.EmptyOk(context);
    }

    private static List<Guid> Ids(UserIdsRequestModel request) => [.. (request.UserIds ?? []).Select(r => r.Id).Distinct()];

    /// <summary>
    /// The users a change is about, or the problem that stops it: a missing user, a non-administrator touching an
    /// administrator, and (when the change <paramref name="removes"/> users from use) the actor themselves or the last
    /// active administrator.
    /// </summary>
    internal static async Task<(List<StaffUser> Targets, IResult? Problem)> TargetsAsync(
        HttpContext context, IReadOnlyList<Guid> ids, IBackOfficeUserAccessor accessor, StaffUserDirectory directory,
        CancellationToken cancellationToken, bool removes = true)
    {
        var all = await directory.GetAllAsync(cancellationToken);
        var targets = all.Where(u => ids.Contains(u.Key)).ToList();
        if (targets.Count != ids.Count)
        {
            return ([], ManagementProblems.NotFound(UsersText.UserNotFound(context)));
        }
        var actor = (await accessor.GetCurrentAsync(context))!;
        if (AdministratorGuard.CheckActor(context, actor, targets, []) is { } refused)
        {
            return ([], ManagementProblems.Forbidden(refused));
        }
        if (removes && ids.Contains(actor.Key))
        {
            return ([], ManagementProblems.BadRequest(UsersText.NotYourself(context), null, "CannotDisableSelf"));
        }
        if (removes && AdministratorGuard.CheckRemoval(context, actor, all, ids) is { } guarded)
        {
            return ([], ManagementProblems.BadRequest(guarded, null, "AdminUserGroupCannotBeEmpty"));
        }
        return (targets, null);
    }
}
