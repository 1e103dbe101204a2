using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace SelfHelp.Web.ManagementApi.Security;

/// <summary>
/// Reads the request's user from Identity on every request (so a removed group or a deleted account counts at once)
/// and unions their groups' grants. The result is kept on the request for the operations and policies after it.
/// </summary>
internal sealed class IdentityBackOfficeUserAccessor(UserManager<IdentityUser> users) : IBackOfficeUserAccessor
{
    private static readonly object ItemKey = new();

    public async Task<BackOfficeUser?> GetCurrentAsync(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var known))
        {
            return (BackOfficeUser?)known;
        }
        var user = await FindAsync(context.User);
        context.Items[ItemKey] = user;
        return user;
    }

    private async Task<BackOfficeUser?> FindAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || users.GetUserId(principal) is not { } id
            || await users.FindByIdAsync(id) is not { } account || !Guid.TryParse(account.Id, out var key))
        {
            return null;
        }
        var groups = (await users.GetRolesAsync(account)).Select(BackOfficeUserGroups.Find).OfType<BackOfficeUserGroup>().ToList();
        var isAdmin = groups.Any(g => g.Alias == BackOfficeUserGroups.Admin);
        var languages = groups.Any(g => g.Languages is null) ? null : groups.SelectMany(g => g.Languages!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new BackOfficeUser
        {
            Key = key,
            Email = account.Email ?? "",
            Name = account.UserName ?? account.Email ?? "",
            UserGroupAliases = groups.Select(g => g.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase),
            AllowedSections = groups.SelectMany(g => g.Sections).ToHashSet(StringComparer.Ordinal),
            FallbackPermissions = groups.SelectMany(g => g.FallbackPermissions).ToHashSet(StringComparer.Ordinal),
            Languages = languages,
            HasAccessToSensitiveData = groups.Any(g => g.HasAccessToSensitiveData),
            IsAdmin = isAdmin,
        };
    }
}
