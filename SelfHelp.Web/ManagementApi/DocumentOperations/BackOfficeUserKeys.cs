using Microsoft.AspNetCore.Identity;

namespace SelfHelp.Web.ManagementApi.DocumentOperations;

/// <summary>
/// The user key behind a name the engine recorded (the back office user's Identity user name, unique), so history and
/// audit answers can point at the user as Umbraco's client expects; <see cref="Guid.Empty"/> for "system" and for
/// accounts since deleted. Kept for the request.
/// </summary>
internal sealed class BackOfficeUserKeys(UserManager<IdentityUser> users)
{
    private readonly Dictionary<string, Guid> _known = new(StringComparer.OrdinalIgnoreCase);

    public async Task<Guid> KeyOfAsync(string userName)
    {
        if (!_known.TryGetValue(userName, out var key))
        {
            var account = await users.FindByNameAsync(userName);
            key = account is not null && Guid.TryParse(account.Id, out var parsed) ? parsed : Guid.Empty;
            _known[userName] = key;
        }
        return key;
    }
}
