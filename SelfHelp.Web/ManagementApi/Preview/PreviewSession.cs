using Microsoft.AspNetCore.DataProtection;

namespace SelfHelp.Web.ManagementApi.Preview;

/// <summary>
/// The preview cookie (Umbraco's <c>UMB_PREVIEW</c>): the back office user's key and an expiry, protected with the
/// app's Data Protection keys, so the site can tell a back office user's browser from anyone else's without a bearer
/// token, and checks the account again on every preview request.
/// </summary>
public sealed class PreviewSession(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string CookieName = "UMB_PREVIEW";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("SelfHelp.BackOffice.Preview").ToTimeLimitedDataProtector();

    /// <summary>Sets the cookie for <paramref name="userKey"/>: HTTP only, same site, the whole site's path.</summary>
    public void Start(HttpResponse response, Guid userKey) =>
        response.Cookies.Append(CookieName, _protector.Protect(userKey.ToString("N"), clock.GetUtcNow() + Lifetime), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = response.HttpContext.Request.IsHttps,
            Path = "/",
            IsEssential = true,
        });

    public static void End(HttpResponse response) => response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });

    /// <summary>The user key in the request's preview cookie, or null when there is none, it was tampered with or it expired.</summary>
    public Guid? UserKey(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }
        try
        {
            return Guid.TryParseExact(_protector.Unprotect(value, out var expires), "N", out var key) && expires > clock.GetUtcNow() ? key : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
