using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Users;

/// <summary>
/// What no change to users may do: leave the site without an active administrator, take an administrator's own
/// admin group away or disable or delete themselves, or let a non-administrator touch administrators or give groups
/// they do not have. Each check answers the problem's title, or null when the change may go ahead.
/// </summary>
internal static class AdministratorGuard
{
    /// <summary>
    /// Checks a change that leaves <paramref name="changed"/> users without the admin group or inactive. Active
    /// administrators who remain must number at least one.
    /// </summary>
    public static string? CheckRemoval(HttpContext context, BackOfficeUser actor, IReadOnlyList<StaffUser> all, IReadOnlyCollection<Guid> changed)
    {
        if (changed.Contains(actor.Key) && actor.IsAdmin)
        {
            return UsersText.OwnAdministrator(context);
        }
        var remaining = all.Count(u => u.IsAdmin && !u.IsDisabled && !u.IsLockedOut && !changed.Contains(u.Key));
        var touchesAdmins = all.Any(u => u.IsAdmin && changed.Contains(u.Key));
        return touchesAdmins && remaining == 0 ? UsersText.LastAdministrator(context) : null;
    }

    /// <summary>A non-administrator may change only non-administrators, and give only groups they are in themselves.</summary>
    public static string? CheckActor(HttpContext context, BackOfficeUser actor, IEnumerable<StaffUser> targets, IEnumerable<Guid> groupsGiven)
    {
        if (actor.IsAdmin)
        {
            return null;
        }
        if (targets.Any(t => t.IsAdmin))
        {
            return UsersText.AdministratorsOnly(context);
        }
        return groupsGiven.All(actor.UserGroupKeys.Contains) ? null : UsersText.GroupNotYours(context);
    }
}
