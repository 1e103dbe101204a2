using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SelfHelp.Web.Security.OAuth;

/// <summary>
/// The principal an access token is issued for: the account's id, name, email and groups, read fresh from Identity
/// each time a token is issued or refreshed. The security stamp stays on the server.
/// </summary>
internal sealed class BackOfficePrincipalFactory(SignInManager<IdentityUser> signIn)
{
    private static readonly HashSet<string> TokenClaims = [Claims.Subject, Claims.Name, Claims.Email, Claims.Role];

    public async Task<ClaimsPrincipal> CreateAsync(IdentityUser user, IEnumerable<string> scopes)
    {
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = new ClaimsIdentity(
            principal.Claims.Where(c => TokenClaims.Contains(c.Type)),
            BackOfficeOAuth.TokenScheme, Claims.Name, Claims.Role);
        var issued = new ClaimsPrincipal(identity);
        issued.SetScopes(scopes);
        issued.SetDestinations(_ => [Destinations.AccessToken]);
        return issued;
    }
}
