using System.Text.RegularExpressions;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace SelfHelp.Web.BackOffice;

/// <summary>
/// The built client's files under <c>/umbraco/backoffice/</c>: hashed names (vite writes <c>name-HASH.ext</c>, so a
/// changed file gets a new address) cached for a year as immutable, anything else revalidated on every use.
/// </summary>
internal static partial class BackOfficeFileEndpoint
{
    public const string Route = "/umbraco/backoffice/{**path}";
    public const string ImmutableCaching = "public, max-age=31536000, immutable";
    public const string RevalidatedCaching = "no-cache";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IResult Serve(string? path, BuiltBackOfficeAssets assets, HttpContext context)
    {
        // Nothing under a dot-named folder or file (vite's .vite/manifest.json stays private); the provider itself
        // refuses paths that leave its root.
        var relative = path ?? "";
        var file = relative.Split('/').Any(segment => segment.StartsWith('.')) ? null : assets.Files?.GetFileInfo(relative);
        if (file is not { Exists: true, IsDirectory: false, PhysicalPath: { } physicalPath })
        {
            return TypedResults.NotFound();
        }
        if (!ContentTypes.TryGetContentType(file.Name, out var contentType))
        {
            contentType = "application/octet-stream";
        }
        context.Response.Headers.CacheControl = Hashed().IsMatch(file.Name) ? ImmutableCaching : RevalidatedCaching;
        var tag = new EntityTagHeaderValue($"\"{file.Length:x}-{file.LastModified.UtcTicks:x}\"");
        return TypedResults.PhysicalFile(physicalPath, contentType, lastModified: file.LastModified, entityTag: tag);
    }

    [GeneratedRegex(@"-[A-Za-z0-9_-]{8}\.[A-Za-z0-9]+$")]
    private static partial Regex Hashed();
}
