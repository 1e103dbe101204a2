using System.Collections.Frozen;
using SelfHelp.Web.ManagementApi;

namespace SelfHelp.Web.BackOffice;

/// <summary>
/// SelfHelp's logo where the client asks Umbraco for its own (<c>umb-app-logo</c>, the sign-in screens):
/// <c>logo</c> for dark surfaces, <c>logo-alternative</c> for light ones, the same with the name for sign-in, and the
/// sign-in background. Anonymous, as in Umbraco: an image tag sends no token.
/// </summary>
internal static class BackOfficeGraphicsEndpoint
{
    public const string Route = ManagementApiBuilderExtensions.Prefix + "/v1/security/back-office/graphics/" +
        "{name:regex(^(logo|logo-alternative|login-logo|login-logo-alternative|login-background)$)}";

    private static readonly FrozenDictionary<string, byte[]> Images = new[]
    {
        "logo", "logo-alternative", "login-logo", "login-logo-alternative", "login-background",
    }.ToFrozenDictionary(name => name, Read);

    public static string Url(string name) => $"{ManagementApiBuilderExtensions.Prefix}/v1/security/back-office/graphics/{name}";

    public static IResult Serve(string name, HttpContext context)
    {
        // A day: the logo changes only with a new release of the site.
        context.Response.Headers.CacheControl = "public, max-age=86400";
        return Images.TryGetValue(name, out var image) ? TypedResults.File(image, "image/svg+xml") : TypedResults.NotFound();
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(BackOfficeGraphicsEndpoint).Assembly.GetManifestResourceStream($"SelfHelp.Web.BackOffice.Graphics.{name}.svg")
            ?? throw new InvalidOperationException($"The embedded image {name}.svg is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
