using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using SelfHelp.Web.Security.Login;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SelfHelp.Web.Security.OAuth;

/// <summary>
/// The authorize, token and sign-out endpoints OpenIddict passes through (it validates the requests and writes the
/// answers; these decide who is signed in). Revocation is OpenIddict's own.
/// </summary>
public static class AuthorizationEndpoints
{
    public static IEndpointRouteBuilder MapBackOfficeOAuth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(BackOfficeOAuth.AuthorizePath, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        endpoints.MapPost(BackOfficeOAuth.TokenPath, TokenAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        endpoints.MapMethods(BackOfficeOAuth.SignOutPath, [HttpMethods.Get, HttpMethods.Post], SignOutAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>A browser signed in to the back office gets a code; any other is sent to the sign-in page and back.</summary>
    private static async Task<IResult> AuthorizeAsync(HttpContext context, UserManager<IdentityUser> users, BackOfficePrincipalFactory principals)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict did not handle the authorization request.");
        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = session.Succeeded && users.GetUserId(session.Principal!) is { } id ? await users.FindByIdAsync(id) : null;
        if (user is null || await users.IsLockedOutAsync(user))
        {
            var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            return TypedResults.Redirect(LoginPage.Url(returnUrl, context.Request.Query["culture"]));
        }
        var principal = await principals.CreateAsync(user, request.GetScopes());
        return TypedResults.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>Codes and refresh tokens are exchanged only while their account is still active; API users get tokens for their account.</summary>
    private static async Task<IResult> TokenAsync(HttpContext context, UserManager<IdentityUser> users, BackOfficePrincipalFactory principals, IOpenIddictApplicationManager applications)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict did not handle the token request.");
        string? userId;
        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!, context.RequestAborted);
            userId = application is null ? null : await ApiUserClients.UserIdAsync(applications, application, context.RequestAborted);
        }
        else if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            userId = granted.Principal?.GetClaim(Claims.Subject);
        }
        else
        {
            return Refuse(OpenIddictConstants.Errors.UnsupportedGrantType, "This grant type is not supported.");
        }
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return Refuse(OpenIddictConstants.Errors.InvalidGrant, "The account is no longer allowed to sign in.");
        }
        var principal = await principals.CreateAsync(user, request.GetScopes());
        return TypedResults.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// Ends the back office session and revokes every token of its account (the client revokes its own first; this
    /// also ends the account's other sessions), then OpenIddict sends the browser to the post-logout URI.
    /// </summary>
    private static async Task<IResult> SignOutAsync(HttpContext context, UserManager<IdentityUser> users, IOpenIddictTokenManager tokens)
    {
        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (session.Succeeded && users.GetUserId(session.Principal!) is { } id)
        {
            await tokens.RevokeBySubjectAsync(id, context.RequestAborted);
        }
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        return TypedResults.SignOut(new AuthenticationProperties { RedirectUri = LoginPage.Path }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Refuse(string error, string description) => TypedResults.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
