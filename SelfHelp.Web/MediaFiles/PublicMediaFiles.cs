using System.Runtime.CompilerServices;
using System.Text.Json;
using SelfHelp.Core.Content;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.Media;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Visibility;
using static Umbraco.Cms.Core.Constants;

namespace SelfHelp.Web.MediaFiles;

/// <summary>
/// Which stored files the public may fetch: the file of a media item in the published cache that
/// <see cref="IPublicVisibility.IsPublicMedia"/> calls public. Anything else (a release form, a file in a private folder,
/// a file no item uses any more, a form upload) is not found.
/// </summary>
internal sealed class PublicMediaFiles(IPublishedContentCache cache, IPublicVisibility visibility, IDeliverySchemaSource schemas)
{
    // A snapshot is immutable, so the map from file URL to item is built once per snapshot.
    private readonly ConditionalWeakTable<PublishedSnapshot, Dictionary<string, PublishedContent>> _byUrl = new();

    public async Task<bool> IsPublicAsync(string url, CancellationToken cancellationToken)
    {
        var snapshot = cache.Current;
        var byUrl = _byUrl.GetValue(snapshot, Index);
        if (!byUrl.TryGetValue(url, out var media))
        {
            return false;
        }
        var schema = await schemas.GetAsync(cancellationToken);
        return visibility.IsPublicMedia(media, snapshot, schema.GetType);
    }

    private static Dictionary<string, PublishedContent> Index(PublishedSnapshot snapshot)
    {
        var byUrl = new Dictionary<string, PublishedContent>(StringComparer.Ordinal);
        foreach (var media in snapshot.All.Where(c => c.ObjectType == NodeObjectType.Media))
        {
            if (!media.Node.Data.Properties.TryGetValue(Conventions.Media.File, out var byCulture))
            {
                continue;
            }
            foreach (var value in byCulture.Values)
            {
                var src = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Object => ImageCropperValue.From(value)?.Src,
                    _ => null,
                };
                if (!string.IsNullOrEmpty(src))
                {
                    byUrl[src] = media;
                }
            }
        }
        return byUrl;
    }
}
