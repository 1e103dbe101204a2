using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Web.Security;

namespace SelfHelp.Web.ManagementApi.Security;

/// <summary>
/// Reads the request's user from Identity and the user groups from the database on every request (so a removed
/// group, a changed group, a disabled, locked or deleted account counts at once) and unions their groups' grants.
/// The result is kept on the request for the operations and policies after it.
/// </summary>
internal sealed class IdentityBackOfficeUserAccessor(UserManager<IdentityUser> users, UserGroupStore groups, StaffDbContext db) : IBackOfficeUserAccessor
{
    private static readonly object ItemKey = new();

    public async Task<BackOfficeUser?> GetCurrentAsync(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var known))
        {
            return (BackOfficeUser?)known;
        }
        var user = await FindAsync(context.User, context.RequestAborted);
        context.Items[ItemKey] = user;
        return user;
    }

    private async Task<BackOfficeUser?> FindAsync(ClaimsPrincipal principal, CancellationToken cancellationToken) =>
        principal.Identity?.IsAuthenticated == true && Guid.TryParse(users.GetUserId(principal), out var key) ? await FindAsync(key, cancellationToken) : null;

    public async Task<BackOfficeUser?> FindAsync(Guid key, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(key.ToString()) is not { } account)
        {
            return null;
        }
        var profile = await db.UserProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == account.Id, cancellationToken);
        if (profile?.IsDisabled == true || await users.IsLockedOutAsync(account))
        {
            return null;
        }
        var grants = await groups.GetByAliasesAsync(await users.GetRolesAsync(account), cancellationToken);
        var starts = StartNodeCalculation.Of(StaffUserStartNodes.Of(profile), grants);
        return new BackOfficeUser
        {
            Key = key,
            Email = account.Email ?? "",
            Name = profile?.Name ?? account.UserName ?? account.Email ?? "",
            LanguageIsoCode = profile?.LanguageIsoCode,
            UserGroupAliases = grants.Select(g => g.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase),
            UserGroupKeys = [.. grants.Select(g => g.Key)],
            AllowedSections = grants.SelectMany(g => g.Sections).ToHashSet(StringComparer.Ordinal),
            FallbackPermissions = grants.SelectMany(g => g.FallbackPermissions).ToHashSet(StringComparer.Ordinal),
            DocumentPermissionsByKey = GranularUnion(grants),
            Languages = grants.Any(g => g.Languages is null) ? null : grants.SelectMany(g => g.Languages!).ToHashSet(StringComparer.OrdinalIgnoreCase),
            DocumentStartNodeKeys = starts.Documents,
            MediaStartNodeKeys = starts.Media,
            HasAccessToSensitiveData = grants.Any(g => g.HasAccessToSensitiveData),
            IsAdmin = grants.Any(g => g.Alias == BackOfficeUserGroups.Admin),
        };
    }

    /// <summary>Each document's verbs are the union of what each group grants on it (Umbraco unions group permissions).</summary>
    private static Dictionary<Guid, IReadOnlySet<string>> GranularUnion(IReadOnlyList<BackOfficeUserGroup> grants) =>
        grants.SelectMany(g => g.GranularPermissions)
            .GroupBy(p => p.Key)
            .ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.SelectMany(v => v.Value).ToHashSet(StringComparer.Ordinal));
}
