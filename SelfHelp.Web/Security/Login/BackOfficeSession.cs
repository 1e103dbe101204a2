using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace SelfHelp.Web.Security.Login;

/// <summary>
/// The back office session: Identity's application cookie, only under <c>/umbraco</c>, HTTP-only and same-site, which
/// the authorize endpoint reads to issue codes; its security stamp is checked so a password reset ends it.
/// </summary>
internal static class BackOfficeSession
{
    public const string CookieName = "SelfHelp.BackOffice";

    public static void Configure(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = CookieName;
        o.Cookie.Path = "/umbraco";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.LoginPath = LoginPage.Path;
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        o.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
    }

    /// <summary>The short-lived cookie between a right password and the authenticator code.</summary>
    public static void ConfigureTwoFactor(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = CookieName + ".TwoFactor";
        o.Cookie.Path = "/umbraco";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
    }
}
