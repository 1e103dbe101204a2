using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SelfHelp.Web.Security.OAuth;

/// <summary>
/// The back office's OAuth 2 server at Umbraco's paths (OpenIddict on the staff database): authorization code with
/// PKCE for the client <c>umbraco-back-office</c>, refresh tokens, revocation, end session, and client credentials
/// for API users. Tokens are protected with the Data Protection key ring in the database, so every node reads them,
/// and each access token is checked against its entry on every request, so a revoked one fails at once.
/// </summary>
public static class BackOfficeOAuth
{
    public const string BasePath = "/umbraco/management/api/v1/security/back-office";
    public const string AuthorizePath = BasePath + "/authorize";
    public const string TokenPath = BasePath + "/token";
    public const string RevokePath = BasePath + "/revoke";
    public const string SignOutPath = BasePath + "/signout";

    /// <summary>The scheme that reads back office access tokens (the Management API's and the staff Forms API's).</summary>
    public const string TokenScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    public static IServiceCollection AddBackOfficeOAuth(this IServiceCollection services, IHostEnvironment environment)
    {
        services.Configure<IdentityOptions>(o =>
        {
            // Identity writes the same claim types as the tokens carry, so a cookie and a token read alike.
            o.ClaimsIdentity.UserIdClaimType = Claims.Subject;
            o.ClaimsIdentity.UserNameClaimType = Claims.Name;
            o.ClaimsIdentity.RoleClaimType = Claims.Role;
            o.ClaimsIdentity.EmailClaimType = Claims.Email;
        });
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<StaffDbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris(AuthorizePath.TrimStart('/'))
                    .SetTokenEndpointUris(TokenPath.TrimStart('/'))
                    .SetRevocationEndpointUris(RevokePath.TrimStart('/'))
                    .SetEndSessionEndpointUris(SignOutPath.TrimStart('/'));
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange().AllowRefreshTokenFlow().AllowClientCredentialsFlow();
                o.RegisterScopes(Scopes.OfflineAccess);
                // S256 only: a plain challenge is the verifier itself, readable by whoever sees the authorize URL.
                o.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                // The Data Protection formatter protects the tokens; OpenIddict still wants keys registered.
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.UseDataProtection();
                var aspNetCore = o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (environment.IsDevelopment())
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
                o.AddEventHandler(SameOriginRedirects.AuthorizationRequest);
                o.AddEventHandler(SameOriginRedirects.EndSessionRequest);
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseDataProtection();
                o.UseAspNetCore();
                o.EnableTokenEntryValidation();
                o.AddEventHandler(ActiveAccountCheck.Descriptor);
            });
        services.AddSingleton<BackOfficeClientRegistration>();
        services.AddScoped<BackOfficePrincipalFactory>();
        return services;
    }
}
