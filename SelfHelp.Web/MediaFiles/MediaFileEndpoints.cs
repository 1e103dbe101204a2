using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SelfHelp.Core.Media;
using Umbraco.Cms.Core.Configuration.Models;

namespace SelfHelp.Web.MediaFiles;

/// <summary>
/// Serves media files at Umbraco's media path (<c>/media/{folder}/{file}</c>) to anyone, for public media only (see
/// <see cref="PublicMediaFiles"/>). Each upload gets a new folder, so a URL's bytes never change and are cached for a
/// year. Query strings an image processor would read (<c>width</c>, <c>rmode</c>, ...) are accepted and ignored: no
/// image processor runs yet, so the original file is sent and the browser scales it.
/// </summary>
public static class MediaFileEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IHostApplicationBuilder AddMediaFiles(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PublicMediaFiles>();
        return builder;
    }

    public static IEndpointRouteBuilder MapMediaFiles(this IEndpointRouteBuilder endpoints)
    {
        var mediaPath = "/" + endpoints.ServiceProvider.GetRequiredService<IOptions<GlobalSettings>>().Value.UmbracoMediaPath.TrimStart('~').Trim('/');
        endpoints.MapGet(mediaPath + "/{**path}", GetAsync).WithName("GetMediaFile").ExcludeFromDescription();
        return endpoints;
    }

    internal static async Task<Results<FileStreamHttpResult, NotFound>> GetAsync(
        string path, HttpContext http, IMediaFileStore store, PublicMediaFiles publicFiles, CancellationToken cancellationToken)
    {
        var url = http.Request.Path.Value ?? "";
        if (!store.TryGetPath(url, out var storePath) || !await publicFiles.IsPublicAsync(url, cancellationToken)
            || await store.OpenReadAsync(storePath, cancellationToken) is not { } content)
        {
            return TypedResults.NotFound();
        }
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        // Never run as a page in the site's origin, whatever a file holds (an SVG or HTML upload).
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
        var contentType = ContentTypes.TryGetContentType(storePath, out var known) ? known : "application/octet-stream";
        return TypedResults.Stream(content, contentType, enableRangeProcessing: true);
    }
}
