using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Web.Security;
using SelfHelp.Web.Security.UserGroups;

namespace SelfHelp.Web.ManagementApi.Security;

/// <summary>
/// The back office user groups in the staff database: read fresh on every call (a changed group counts on the next
/// request), written together with the Identity role that carries the group's alias.
/// </summary>
public sealed class UserGroupStore(StaffDbContext db, RoleManager<IdentityRole> roles)
{
    public async Task<IReadOnlyList<BackOfficeUserGroup>> GetAllAsync(CancellationToken cancellationToken = default) =>
        (await db.UserGroups.AsNoTracking().ToListAsync(cancellationToken)).Select(ToGroup).OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public async Task<BackOfficeUserGroup?> GetAsync(Guid key, CancellationToken cancellationToken = default) =>
        await db.UserGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Key == key, cancellationToken) is { } row ? ToGroup(row) : null;

    /// <summary>The groups whose aliases are among <paramref name="aliases"/> (a user's Identity roles).</summary>
    public async Task<IReadOnlyList<BackOfficeUserGroup>> GetByAliasesAsync(IEnumerable<string> aliases, CancellationToken cancellationToken = default)
    {
        var wanted = aliases.ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (wanted.Count == 0)
        {
            return [];
        }
        return (await db.UserGroups.AsNoTracking().ToListAsync(cancellationToken)).Where(g => wanted.Contains(g.Alias)).Select(ToGroup).ToList();
    }

    /// <summary>Writes the group (new or changed) and keeps its role in step: a new alias renames the role, so members stay.</summary>
    public async Task SaveAsync(BackOfficeUserGroup group, CancellationToken cancellationToken = default)
    {
        var row = await db.UserGroups.FirstOrDefaultAsync(g => g.Key == group.Key, cancellationToken);
        var now = DateTime.UtcNow;
        if (row is null)
        {
            row = new UserGroupEntity { Key = group.Key, Alias = group.Alias, Name = group.Name, SectionsJson = "[]", FallbackPermissionsJson = "[]", DocumentPermissionsJson = "{}", CreateDate = now };
            db.UserGroups.Add(row);
            await EnsureRoleAsync(group.Alias);
        }
        else if (!string.Equals(row.Alias, group.Alias, StringComparison.Ordinal))
        {
            if (await roles.FindByNameAsync(row.Alias) is { } role)
            {
                Succeeded(await roles.SetRoleNameAsync(role, group.Alias));
                Succeeded(await roles.UpdateAsync(role));
            }
            else
            {
                await EnsureRoleAsync(group.Alias);
            }
        }
        row.Alias = group.Alias;
        row.Name = group.Name;
        row.Icon = group.Icon;
        row.SectionsJson = JsonSerializer.Serialize(group.Sections);
        row.FallbackPermissionsJson = JsonSerializer.Serialize(group.FallbackPermissions);
        row.DocumentPermissionsJson = JsonSerializer.Serialize(group.GranularPermissions);
        row.LanguagesJson = group.Languages is null ? null : JsonSerializer.Serialize(group.Languages);
        row.DocumentStartNodeKey = group.DocumentStartNodeKey;
        row.MediaStartNodeKey = group.MediaStartNodeKey;
        row.HasAccessToSensitiveData = group.HasAccessToSensitiveData;
        row.UpdateDate = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes the group and its role (so its members leave it).</summary>
    public async Task DeleteAsync(BackOfficeUserGroup group, CancellationToken cancellationToken = default)
    {
        await db.UserGroups.Where(g => g.Key == group.Key).ExecuteDeleteAsync(cancellationToken);
        if (await roles.FindByNameAsync(group.Alias) is { } role)
        {
            Succeeded(await roles.DeleteAsync(role));
        }
    }

    /// <summary>Adds the seeded groups that are missing (by key), leaving any an administrator has changed as they are.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var existing = await db.UserGroups.Select(g => g.Key).ToListAsync(cancellationToken);
        foreach (var group in BackOfficeUserGroups.Seeded.Where(g => !existing.Contains(g.Key)))
        {
            await SaveAsync(group, cancellationToken);
        }
    }

    private async Task EnsureRoleAsync(string alias)
    {
        if (!await roles.RoleExistsAsync(alias))
        {
            Succeeded(await roles.CreateAsync(new IdentityRole(alias)));
        }
    }

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    private static BackOfficeUserGroup ToGroup(UserGroupEntity row) =>
        new(row.Key, row.Alias, row.Name, row.Icon ?? "icon-users",
            JsonSerializer.Deserialize<List<string>>(row.SectionsJson) ?? [],
            JsonSerializer.Deserialize<List<string>>(row.FallbackPermissionsJson) ?? [],
            row.LanguagesJson is null ? null : JsonSerializer.Deserialize<List<string>>(row.LanguagesJson) ?? [],
            row.HasAccessToSensitiveData)
        {
            GranularPermissions = (JsonSerializer.Deserialize<Dictionary<Guid, List<string>>>(row.DocumentPermissionsJson) ?? [])
                .ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value),
            DocumentStartNodeKey = row.DocumentStartNodeKey,
            MediaStartNodeKey = row.MediaStartNodeKey,
        };
}
