using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace SelfHelp.Web.Tests.Testing;

/// <summary>
/// Staff accounts in a test site: created through Identity as an administrator would, signed in as Umbraco's back
/// office client does (authorization code with PKCE: the sign-in page with its antiforgery token, the authorize
/// endpoint's code, the token endpoint's tokens), on an HttpClient that keeps cookies.
/// </summary>
public static partial class StaffAccounts
{
    public const string ClientId = "umbraco-back-office";
    /// <summary>The back office's redirect URI on the test server's default origin.</summary>
    public const string RedirectUri = "http://localhost/umbraco/oauth_complete";
    public const string AuthorizePath = "/umbraco/management/api/v1/security/back-office/authorize";
    public const string TokenPath = "/umbraco/management/api/v1/security/back-office/token";

    /// <summary>An access token with its refresh token.</summary>
    public sealed record Tokens(string AccessToken, string? RefreshToken);

    public static async Task CreateAsync(IServiceProvider services, string email, string password, params string[] roles)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        foreach (var role in roles)
        {
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }
    }

    /// <summary>The back office's redirect URI on the origin <paramref name="client"/> sends to, as the client registers it there.</summary>
    public static string RedirectUriFor(HttpClient client) =>
        client.BaseAddress is { } origin ? new Uri(origin, "/umbraco/oauth_complete").ToString() : RedirectUri;

    /// <summary>A PKCE verifier and its S256 challenge.</summary>
    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (verifier, WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    /// <summary>The authorize URL the back office client sends a browser to.</summary>
    public static string AuthorizeUrl(string? challenge, string redirectUri = RedirectUri, string method = "S256") =>
        QueryHelpers.AddQueryString(AuthorizePath, new Dictionary<string, string?>
        {
            ["client_id"] = ClientId, ["redirect_uri"] = redirectUri, ["response_type"] = "code", ["scope"] = "offline_access",
            ["prompt"] = "consent", ["access_type"] = "offline",
            ["code_challenge"] = challenge, ["code_challenge_method"] = challenge is null ? null : method,
        }.Where(p => p.Value is not null));

    /// <summary>The sign-in page's form posted with its antiforgery token; success is a redirect to <paramref name="returnUrl"/>.</summary>
    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var url = "/umbraco/login" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl));
        return await PostPageAsync(client, url, [new("email", email), new("password", password)]);
    }

    /// <summary>GETs a sign-in page and posts its form with the antiforgery token it carries.</summary>
    public static async Task<HttpResponseMessage> PostPageAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var antiforgery = AntiforgeryField().Match(html);
        Assert.True(antiforgery.Success, "The page has no antiforgery field.");
        var action = WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value);
        return await client.PostAsync(action, new FormUrlEncodedContent(
            [new(antiforgery.Groups[1].Value, WebUtility.HtmlDecode(antiforgery.Groups[2].Value)), .. fields]));
    }

    /// <summary>Signs in on the page and follows the authorize endpoint to the code it sends to the redirect URI.</summary>
    public static async Task<string> CodeAsync(HttpClient client, string email, string password, string challenge)
    {
        var authorize = AuthorizeUrl(challenge, RedirectUriFor(client));
        var login = await LoginAsync(client, email, password, authorize);
        Assert.True(login.StatusCode == HttpStatusCode.Redirect, $"Sign-in answered {(int)login.StatusCode}.");
        Assert.Equal(authorize, login.Headers.Location!.OriginalString);
        return CodeFrom(await client.GetAsync(authorize));
    }

    /// <summary>The code in an authorize endpoint's redirect to the back office.</summary>
    public static string CodeFrom(HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var location = redirect.Headers.Location!;
        Assert.StartsWith(new Uri(redirect.RequestMessage!.RequestUri!, "/umbraco/oauth_complete") + "?", location.ToString());
        return QueryHelpers.ParseQuery(location.Query)["code"].ToString();
    }

    public static Task<HttpResponseMessage> ExchangeAsync(HttpClient client, string code, string? verifier) =>
        client.PostAsync(TokenPath, new FormUrlEncodedContent(new Dictionary<string, string?>
        {
            ["grant_type"] = "authorization_code", ["client_id"] = ClientId, ["redirect_uri"] = RedirectUriFor(client), ["code"] = code, ["code_verifier"] = verifier,
        }.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, p.Value!))));

    public static Task<HttpResponseMessage> RefreshAsync(HttpClient client, string refreshToken) =>
        client.PostAsync(TokenPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = ClientId, ["refresh_token"] = refreshToken,
        }));

    public static async Task<Tokens> ReadTokensAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The token endpoint answered {(int)response.StatusCode}: {body}");
        var json = JsonDocument.Parse(body).RootElement;
        return new Tokens(json.GetProperty("access_token").GetString()!, json.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : null);
    }

    /// <summary>Signs in through the whole code flow and returns the tokens, failing the test if sign-in is refused.</summary>
    public static async Task<Tokens> SignInAsync(HttpClient client, string email, string password)
    {
        var (verifier, challenge) = Pkce();
        var code = await CodeAsync(client, email, password, challenge);
        return await ReadTokensAsync(await ExchangeAsync(client, code, verifier));
    }

    /// <summary>Signs in and returns the access token, failing the test if sign-in is refused.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string email, string password) => (await SignInAsync(client, email, password)).AccessToken;

    [GeneratedRegex("<input type=\"hidden\" name=\"(__RequestVerificationToken[^\"]*)\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<form method=\"post\" novalidate action=\"([^\"]+)\"")]
    private static partial Regex FormAction();
}
