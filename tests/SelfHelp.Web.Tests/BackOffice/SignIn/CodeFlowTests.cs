using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.BackOffice.SignIn;

/// <summary>
/// The back office client's sign-in through the real host, step by step as the browser and the client make it:
/// authorize with PKCE, the sign-in page, the code, the token endpoint; then refresh, revoke and sign-out.
/// </summary>
public sealed class CodeFlowTests(SignInHost host) : IClassFixture<SignInHost>
{
    private static string Probe(string userId) => $"/umbraco/management/api/v1/user/{userId}/client-credentials";

    [Fact]
    public async Task A_browser_without_a_session_is_sent_to_the_sign_in_page_and_back_to_authorize()
    {
        var authorize = StaffAccounts.AuthorizeUrl(StaffAccounts.Pkce().Challenge);

        var response = await host.Client().GetAsync(authorize);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/umbraco/login?", location);
        Assert.Equal(authorize, QueryHelpers.ParseQuery(new Uri("http://localhost" + location).Query)["returnUrl"].ToString());
    }

    [Fact]
    public async Task The_code_flow_with_pkce_gives_an_access_token_that_opens_the_management_api_and_a_refresh_token_that_renews_it()
    {
        var email = await host.NewAccountAsync(BackOfficeUserGroups.Admin);
        var client = host.Client();

        var tokens = await StaffAccounts.SignInAsync(client, email, SignInHost.Password);
        var probe = Probe(await host.IdOfAsync(email));

        Assert.Equal(HttpStatusCode.OK, (await host.WithToken(tokens.AccessToken).GetAsync(probe)).StatusCode);
        Assert.NotNull(tokens.RefreshToken);
        var renewed = await StaffAccounts.ReadTokensAsync(await StaffAccounts.RefreshAsync(host.Client(), tokens.RefreshToken!));
        Assert.NotEqual(tokens.AccessToken, renewed.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await host.WithToken(renewed.AccessToken).GetAsync(probe)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.WithToken(tokens.AccessToken + "x").GetAsync(probe)).StatusCode);
    }

    [Fact]
    public async Task An_authorize_request_without_a_code_challenge_gets_no_code()
    {
        var email = await host.NewAccountAsync(BackOfficeUserGroups.Admin);
        var client = host.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.LoginAsync(client, email, SignInHost.Password)).StatusCode);

        var response = await client.GetAsync(StaffAccounts.AuthorizeUrl(challenge: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("invalid_request", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_plain_code_challenge_is_refused()
    {
        var email = await host.NewAccountAsync(BackOfficeUserGroups.Admin);
        var client = host.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.LoginAsync(client, email, SignInHost.Password)).StatusCode);

        var response = await client.GetAsync(StaffAccounts.AuthorizeUrl("plain-challenge-plain-challenge-plain-challenge-12", method: "plain"));

        Assert.DoesNotContain("code=", response.Headers.Location?.ToString() ?? "");
        Assert.Contains("invalid_request", response.Headers.Location?.ToString() ?? await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_code_is_not_exchanged_without_its_verifier(bool sendAnotherVerifier)
    {
        var email = await host.NewAccountAsync(BackOfficeUserGroups.Admin);
        var client = host.Client();
        var code = await StaffAccounts.CodeAsync(client, email, SignInHost.Password, StaffAccounts.Pkce().Challenge);

        var response = await StaffAccounts.ExchangeAsync(client, code, sendAnotherVerifier ? StaffAccounts.Pkce().Verifier : null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
        Assert.Contains(error, new[] { "invalid_grant", "invalid_request" });
    }

    [Fact]
    public async Task A_redirect_uri_on_another_origin_is_refused()
    {
        var email = await host.NewAccountAsync(BackOfficeUserGroups.Admin);
        var client = host.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.LoginAsync(client, email, SignInHost.Password)).StatusCode);

        var response = await client.GetAsync(StaffAccounts.AuthorizeUrl(StaffAccounts.Pkce().Challenge, "https://attacker.example/umbraco/oauth_complete"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_revoked_access_token_fails_on_the_next_request()
    {
        var email = await host.NewAccountAsync(BackOfficeUserGroups.Admin);
        var tokens = await StaffAccounts.SignInAsync(host.Client(), email, SignInHost.Password);
        var probe = Probe(await host.IdOfAsync(email));
        Assert.Equal(HttpStatusCode.OK, (await host.WithToken(tokens.AccessToken).GetAsync(probe)).StatusCode);

        var revoked = await host.Client().PostAsync("/umbraco/management/api/v1/security/back-office/revoke", new FormUrlEncodedContent(
            [new("token", tokens.AccessToken), new("token_type_hint", "access_token"), new("client_id", StaffAccounts.ClientId)]));

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.WithToken(tokens.AccessToken).GetAsync(probe)).StatusCode);
    }

    [Fact]
    public async Task A_revoked_refresh_token_renews_nothing()
    {
        var email = await host.NewAccountAsync(BackOfficeUserGroups.Admin);
        var tokens = await StaffAccounts.SignInAsync(host.Client(), email, SignInHost.Password);

        await host.Client().PostAsync("/umbraco/management/api/v1/security/back-office/revoke", new FormUrlEncodedContent(
            [new("token", tokens.RefreshToken!), new("token_type_hint", "refresh_token"), new("client_id", StaffAccounts.ClientId)]));

        Assert.Equal(HttpStatusCode.BadRequest, (await StaffAccounts.RefreshAsync(host.Client(), tokens.RefreshToken!)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_the_tokens_and_returns_to_the_back_office_logout_page()
    {
        var email = await host.NewAccountAsync(BackOfficeUserGroups.Admin);
        var client = host.Client();
        var tokens = await StaffAccounts.SignInAsync(client, email, SignInHost.Password);
        var probe = Probe(await host.IdOfAsync(email));

        var signOut = await client.GetAsync("/umbraco/management/api/v1/security/back-office/signout?post_logout_redirect_uri="
            + Uri.EscapeDataString("http://localhost/umbraco/logout"));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("http://localhost/umbraco/logout", signOut.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.WithToken(tokens.AccessToken).GetAsync(probe)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await StaffAccounts.RefreshAsync(host.Client(), tokens.RefreshToken!)).StatusCode);
        var again = await client.GetAsync(StaffAccounts.AuthorizeUrl(StaffAccounts.Pkce().Challenge));
        Assert.StartsWith("/umbraco/login?", again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Removing_a_group_takes_effect_on_the_next_request()
    {
        var email = await host.NewAccountAsync(BackOfficeUserGroups.Admin);
        var client = host.WithToken(await StaffAccounts.TokenAsync(host.Client(), email, SignInHost.Password));
        var probe = Probe(await host.IdOfAsync(email));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(probe)).StatusCode);

        await host.WithAccountAsync(email, (users, user) => users.RemoveFromRoleAsync(user, BackOfficeUserGroups.Admin));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(probe)).StatusCode);
    }

    [Fact]
    public async Task Locking_or_deleting_an_account_ends_its_tokens_at_once()
    {
        var locked = await host.NewAccountAsync(BackOfficeUserGroups.Admin);
        var deleted = await host.NewAccountAsync(BackOfficeUserGroups.Admin);
        var lockedTokens = await StaffAccounts.SignInAsync(host.Client(), locked, SignInHost.Password);
        var deletedToken = await StaffAccounts.TokenAsync(host.Client(), deleted, SignInHost.Password);
        var lockedProbe = Probe(await host.IdOfAsync(locked));
        var deletedProbe = Probe(await host.IdOfAsync(deleted));

        await host.WithAccountAsync(locked, (users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1)));
        await host.WithAccountAsync(deleted, (users, user) => users.DeleteAsync(user));

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.WithToken(lockedTokens.AccessToken).GetAsync(lockedProbe)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.WithToken(deletedToken).GetAsync(deletedProbe)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await StaffAccounts.RefreshAsync(host.Client(), lockedTokens.RefreshToken!)).StatusCode);
    }
}
