using SelfHelp.Web.Tests.Testing;
using static SelfHelp.Web.Tests.Security.PermissionMatrixTests;

namespace SelfHelp.Web.Tests.Security;

/// <summary>
/// The sign-in pages and OAuth endpoints (anonymous by nature: every principal gets the same, except where the back
/// office session cookie the matrix's clients signed in with counts), and API users' client credentials (administrators only).
/// </summary>
internal static class PermissionMatrixSignInRows
{
    private const string OAuth = "/umbraco/management/api/v1/security/back-office";
    private const string Users = "/umbraco/management/api/v1/user";
    private static readonly Guid Missing = Guid.Parse("00000000-0000-4000-8000-00000000dead");

    private static int[] All10(int status) => [.. Enumerable.Repeat(status, 10)];

    // Columns:                                                       anon  none  viewer sensit moder  dpo  editor writer transl admin
    internal static Row[] All =>
    [
        // Pages: a post without the page's antiforgery token is a 400 page whoever sends it.
        new Row("GET,HEAD /umbraco/login", _ => Get("/umbraco/login"), false, All10(200)),
        new Row("POST /umbraco/login", _ => PostForm("/umbraco/login"), false, All10(400)),
        new Row("GET,HEAD /umbraco/login/two-factor", _ => Get("/umbraco/login/two-factor"), false, All10(200)),
        new Row("POST /umbraco/login/two-factor", _ => PostForm("/umbraco/login/two-factor"), false, All10(400)),
        new Row("GET,HEAD /umbraco/login/forgotten-password", _ => Get("/umbraco/login/forgotten-password"), false, All10(200)),
        new Row("POST /umbraco/login/forgotten-password", _ => PostForm("/umbraco/login/forgotten-password"), false, All10(400)),
        new Row("GET,HEAD /umbraco/login/reset-password", _ => Get("/umbraco/login/reset-password"), false, All10(200)),
        new Row("POST /umbraco/login/reset-password", _ => PostForm("/umbraco/login/reset-password"), false, All10(400)),
        // Setting up an authenticator needs the back office session: anonymous is sent to sign in.
        new Row("GET,HEAD /umbraco/login/two-factor-setup", _ => Get("/umbraco/login/two-factor-setup"), false,
                                                                         [302, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        new Row("POST /umbraco/login/two-factor-setup", _ => PostForm("/umbraco/login/two-factor-setup"), false,
                                                                         [302, 400, 400, 400, 400, 400, 400, 400, 400, 400]),
        // OAuth: a browser with a session gets a code, one without is sent to the sign-in page; both are redirects.
        new Row($"GET,POST,HEAD {OAuth}/authorize", _ => Get(StaffAccounts.AuthorizeUrl(StaffAccounts.Pkce().Challenge)), false, All10(302)),
        new Row($"POST {OAuth}/token", _ => new HttpRequestMessage(HttpMethod.Post, $"{OAuth}/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "authorization_code"), new("client_id", StaffAccounts.ClientId), new("code", "not-a-code"),
                new("redirect_uri", StaffAccounts.RedirectUri), new("code_verifier", StaffAccounts.Pkce().Verifier)]),
        }, false, All10(400)),
        // A sign-out to another site is refused before anyone is signed out (so the matrix's clients stay signed in).
        new Row($"GET,POST,HEAD {OAuth}/signout", _ => Get($"{OAuth}/signout?post_logout_redirect_uri=https%3A%2F%2Felsewhere.example%2Fumbraco%2Flogout"), false, All10(400)),
        // API users' clients: the Users section and administrators only; a user that does not exist is a 404.
        PermissionMatrixTests.BackOffice("GET,HEAD /umbraco/management/api/v1/user/{id:guid}/client-credentials", _ => Get($"{Users}/{Missing}/client-credentials"), 404),
        PermissionMatrixTests.BackOffice("POST /umbraco/management/api/v1/user/{id:guid}/client-credentials",
            _ => Post($"{Users}/{Missing}/client-credentials", new { clientId = "umbraco-back-office-matrix", clientSecret = "matrix-secret-0123456789" }), 404),
        PermissionMatrixTests.BackOffice("DELETE /umbraco/management/api/v1/user/{id:guid}/client-credentials/{clientId}",
            _ => Delete($"{Users}/{Missing}/client-credentials/umbraco-back-office-matrix"), 404),
    ];
}
