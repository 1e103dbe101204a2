using SelfHelp.Web.DeliveryApi;

namespace SelfHelp.Web.Security;

/// <summary>
/// The headers every answer carries: a Content-Security-Policy with no inline script or style for the site (its
/// scripts and stylesheets are files under wwwroot), no MIME sniffing, no referrer sent to other sites (a page's
/// address can say what a visitor is going through), and no framing by anyone.
/// </summary>
public static class SecurityHeaders
{
    public const string SiteContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The Delivery API's reference page only: Scalar's page starts itself with an inline module script and styles
    /// itself inline, so it alone may run inline code. It shows the API's documentation, never personal data.
    /// </summary>
    public const string ApiReferenceContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(DeliveryApiOpenApi.ReferenceRoute)
            ? ApiReferenceContentSecurityPolicy
            : SiteContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        return next(context);
    });
}
