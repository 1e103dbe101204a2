using System.Text.RegularExpressions;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.PublishedCache;
using Umbraco.Cms.Core.Models.DeliveryApi;
using Umbraco.Cms.Core;

namespace SelfHelp.Core.PropertyEditors.RichText;

/// <summary>A rich text link to a document or media item, resolved for the rendering (or not resolvable).</summary>
internal sealed record LocalLink(PublishedContent Target, IApiContentRoute? Route, string? MediaUrl);

/// <summary>
/// Resolves Umbraco's local links in rich text: <c>href="{localLink:guid}"</c> with a <c>type</c> attribute (14+), or
/// the older <c>{localLink:umb://document/…}</c>; and images' <c>data-udi</c>.
/// </summary>
internal static partial class LocalLinks
{
    /// <summary>Null when the href is not a local link; a link with a null target when it points at nothing that may be shown.</summary>
    public static LocalLink? Resolve(string href, string? type, PropertyValueContext context, out bool isLocal)
    {
        isLocal = false;
        var match = LocalLinkRegex().Match(href);
        if (!match.Success)
        {
            return null;
        }
        var reference = match.Groups["ref"].Value;
        string? entityType;
        Guid key;
        if (Guid.TryParse(reference, out key))
        {
            entityType = type?.ToLowerInvariant();
        }
        else if (UdiParser.TryParse(reference, out Udi? udi) && udi is GuidUdi guidUdi)
        {
            (entityType, key) = (guidUdi.EntityType, guidUdi.Guid);
        }
        else
        {
            return null;
        }
        isLocal = true;
        return entityType switch
        {
            Constants.UdiEntityType.Document when context.Renderer.FindContent(key, context.Render) is { } content
                && context.Renderer.RenderRoute(content, context.Render) is { } route => new LocalLink(content, route, null),
            Constants.UdiEntityType.Media when context.Renderer.FindMedia(key, context.Render) is { } media =>
                new LocalLink(media, null, context.Renderer.MediaUrl(media, context.Render)),
            _ => null,
        };
    }

    /// <summary>The URL of the media item an image's <c>data-udi</c> names, or null.</summary>
    public static string? ImageUrl(string dataUdi, PropertyValueContext context) =>
        UdiParser.TryParse(dataUdi, out Udi? udi) && udi is GuidUdi guidUdi && context.Renderer.FindMedia(guidUdi.Guid, context.Render) is { } media
            ? context.Renderer.MediaUrl(media, context.Render)
            : null;

    /// <summary>Cheap check before parsing any HTML: most rich text has nothing to resolve.</summary>
    public static bool NeedsProcessing(string html) =>
        html.Contains("{localLink:", StringComparison.Ordinal) || html.Contains("data-udi", StringComparison.Ordinal)
        || html.Contains("umb-rte-block", StringComparison.Ordinal);

    [GeneratedRegex("{localLink:(?<ref>[^}]+)}")]
    private static partial Regex LocalLinkRegex();
}
