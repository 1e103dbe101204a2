using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Content;
using SelfHelp.Core.Media;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Media;
using Umbraco.Cms.Core.Models;

namespace SelfHelp.Web.ManagementApi.Media;

/// <summary>
/// What pickers, grids and references read of media: items by id (<c>item/media</c>), file URLs (<c>media/urls</c>),
/// thumbnails (<c>imaging/resize/urls</c>) and the media settings the client needs (<c>media/configuration</c>).
/// Internal media are left out for users without sensitive-data access.
/// </summary>
internal static class MediaItemEndpoints
{
    private const int MaxIds = 1000;
    private const int MaxThumbnailSide = 5000;

    public static void MapMediaItemEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapGet("item/media", ItemsAsync).WithName("GetItemMedia");
        v1.MapGet("media/urls", UrlsAsync).WithName("GetMediaUrls");
        v1.MapGet("media/configuration", Configuration).WithName("GetMediaConfiguration");
        v1.MapGet("imaging/resize/urls", ResizeUrlsAsync).WithName("GetImagingResizeUrls");
    }

    internal static async Task<Ok<IReadOnlyList<MediaItemResponseModel>>> ItemsAsync(
        HttpContext http, IMediaService media, MediaAccess access, MediaPresentationFactory presentation, CancellationToken cancellationToken,
        [FromQuery] Guid[]? id = null)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        var items = await VisibleAsync(id, http, media, access, cancellationToken);
        return TypedResults.Ok(await presentation.ItemsAsync(items, await access.HiddenTypesAsync(user, cancellationToken), cancellationToken));
    }

    internal static async Task<Ok<IReadOnlyList<MediaUrlInfoResponseModel>>> UrlsAsync(
        HttpContext http, IMediaService media, MediaAccess access, CancellationToken cancellationToken, [FromQuery] Guid[]? id = null)
    {
        var items = await VisibleAsync(id, http, media, access, cancellationToken);
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        return TypedResults.Ok<IReadOnlyList<MediaUrlInfoResponseModel>>(items
            .Select(i => new MediaUrlInfoResponseModel(i.Key, MediaPresentationFactory.FileUrl(i) is { } url ? [new MediaUrlInfoModel(null, origin + url)] : []))
            .ToList());
    }

    internal static Ok<MediaConfigurationResponseModel> Configuration(IOptions<ContentSettings> content) =>
        TypedResults.Ok(new MediaConfigurationResponseModel(content.Value.DisableDeleteWhenReferenced, content.Value.DisableUnpublishWhenReferenced));

    /// <summary>Thumbnail URLs of images (as Umbraco: 200 by 200, mode Max, unless asked otherwise); other files get none.</summary>
    internal static async Task<Results<Ok<IReadOnlyList<MediaUrlInfoResponseModel>>, ProblemHttpResult>> ResizeUrlsAsync(
        HttpContext http, IMediaService media, MediaAccess access, IImageUrlGenerator images, CancellationToken cancellationToken,
        [FromQuery] Guid[]? id = null, int height = 200, int width = 200, string? mode = null)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        var cropMode = ImageCropMode.Max;
        if ((mode is not null && !Enum.TryParse(mode, ignoreCase: true, out cropMode)) || width is < 1 or > MaxThumbnailSide || height is < 1 or > MaxThumbnailSide)
        {
            return Common.ManagementProblems.BadRequest(MediaText.Get(user, "InvalidRequest"),
                $"width and height go from 1 to {MaxThumbnailSide}; mode is one of {string.Join(", ", Enum.GetNames<ImageCropMode>())}.", "InvalidRequest");
        }
        var supported = images.SupportedImageFileTypes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var items = await VisibleAsync(id, http, media, access, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<MediaUrlInfoResponseModel>>(items.Select(item =>
        {
            var url = MediaPresentationFactory.FileUrl(item);
            var thumbnail = url is not null && supported.Contains(Path.GetExtension(url).TrimStart('.'))
                ? images.GetImageUrl(new ImageUrlGenerationOptions(url) { Width = width, Height = height, ImageCropMode = cropMode })
                : null;
            return new MediaUrlInfoResponseModel(item.Key, thumbnail is null ? [] : [new MediaUrlInfoModel(null, thumbnail)]);
        }).ToList());
    }

    private static async Task<IReadOnlyList<ContentItem>> VisibleAsync(Guid[]? ids, HttpContext http, IMediaService media, MediaAccess access,
        CancellationToken cancellationToken)
    {
        var user = await MediaRequestUser.CurrentAsync(http);
        var found = new List<ContentItem>();
        foreach (var key in (ids ?? []).Distinct().Take(MaxIds))
        {
            if (await media.GetAsync(key, cancellationToken) is { } item && await access.OfAsync(user, item, cancellationToken) != MediaAccessLevel.Hidden)
            {
                found.Add(item);
            }
        }
        return found;
    }
}
