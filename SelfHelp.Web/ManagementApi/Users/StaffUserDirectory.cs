using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Security;

namespace SelfHelp.Web.ManagementApi.Users;

/// <summary>A back office user as the Users section sees them: the account, what Umbraco keeps beside it, and their groups.</summary>
public sealed record StaffUser(IdentityUser Account, StaffUserProfileEntity? Profile, IReadOnlyList<BackOfficeUserGroup> Groups)
{
    public Guid Key => Guid.Parse(Account.Id);
    public string Name => Profile?.Name ?? Account.UserName ?? Account.Email ?? "";
    public bool IsAdmin => Groups.Any(g => g.Alias == BackOfficeUserGroups.Admin);
    public bool IsDisabled => Profile?.IsDisabled == true;
    public bool IsLockedOut => Account.LockoutEnabled && Account.LockoutEnd > DateTimeOffset.UtcNow;

    /// <summary>Umbraco's user state: disabled wins over locked out.</summary>
    public string State => IsDisabled ? "Disabled" : IsLockedOut ? "LockedOut" : "Active";
}

/// <summary>
/// Reads back office users with their profiles and groups in a few queries (staff are counted in tens or hundreds),
/// and keeps each profile row in step when it is written.
/// </summary>
public sealed class StaffUserDirectory(StaffDbContext db, UserGroupStore groups)
{
    public async Task<IReadOnlyList<StaffUser>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        var accounts = await db.Users.AsNoTracking().ToListAsync(cancellationToken);
        var profiles = await db.UserProfiles.ToDictionaryAsync(p => p.UserId, cancellationToken);
        // Accounts made outside the Users section (the first administrator, the staff API) get their profile when first
        // listed, so every user has the dates Umbraco's model requires.
        foreach (var account in accounts.Where(a => !profiles.ContainsKey(a.Id)))
        {
            profiles[account.Id] = await ProfileAsync(account, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name ?? "", cancellationToken);
        var memberships = (await db.UserRoles.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(m => m.UserId, m => roles.GetValueOrDefault(m.RoleId, ""));
        var allGroups = await groups.GetAllAsync(cancellationToken);
        return accounts.Where(a => Guid.TryParse(a.Id, out _))
            .Select(a => new StaffUser(a, profiles.GetValueOrDefault(a.Id),
                [.. allGroups.Where(g => memberships[a.Id].Contains(g.Alias, StringComparer.OrdinalIgnoreCase))]))
            .ToList();
    }

    public async Task<StaffUser?> GetAsync(Guid key, CancellationToken cancellationToken = default) =>
        (await GetAllAsync(cancellationToken)).FirstOrDefault(u => u.Key == key);

    /// <summary>The profile row of a user, made with the defaults when they have none yet (tracked: save to write it).</summary>
    public async Task<StaffUserProfileEntity> ProfileAsync(IdentityUser account, CancellationToken cancellationToken = default)
    {
        if (await db.UserProfiles.FirstOrDefaultAsync(p => p.UserId == account.Id, cancellationToken) is { } profile)
        {
            return profile;
        }
        var now = DateTime.UtcNow;
        profile = new StaffUserProfileEntity
        {
            UserId = account.Id, Name = account.UserName ?? account.Email ?? "", DocumentStartNodeKeysJson = "[]", MediaStartNodeKeysJson = "[]",
            CreateDate = now, UpdateDate = now,
        };
        db.UserProfiles.Add(profile);
        return profile;
    }

    public Task SaveAsync(CancellationToken cancellationToken = default) => db.SaveChangesAsync(cancellationToken);
}
