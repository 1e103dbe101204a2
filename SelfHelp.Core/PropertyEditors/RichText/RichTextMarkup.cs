using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SelfHelp.Core.DeliveryApi.Rendering;
using Umbraco.Cms.Core.Models;

namespace SelfHelp.Core.PropertyEditors.RichText;

/// <summary>
/// Rich text as HTML markup (the default output): local links get their routes and <c>data-destination-*</c>
/// attributes, local images their URLs, and block placeholders a <c>data-content-id</c>, as Umbraco's markup parser does.
/// </summary>
internal static class RichTextMarkup
{
    private const string BlockContentKey = "data-content-key";

    public static string Process(string html, PropertyValueContext context)
    {
        if (!LocalLinks.NeedsProcessing(html))
        {
            return html;
        }
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var body = document.Body!;
        foreach (var link in body.QuerySelectorAll("a[href]"))
        {
            var resolved = LocalLinks.Resolve(link.GetAttribute("href")!, link.GetAttribute("type"), context, out var isLocal);
            if (!isLocal)
            {
                continue;
            }
            link.RemoveAttribute("type");
            if (resolved is null)
            {
                link.RemoveAttribute("href");
            }
            else if (resolved.Route is { } route)
            {
                link.SetAttribute("href", route.Path + route.QueryString);
                link.SetAttribute("data-destination-id", resolved.Target.Key.ToString("D"));
                link.SetAttribute("data-destination-type", resolved.Target.ContentTypeAlias);
                link.SetAttribute("data-start-item-path", route.StartItem.Path);
                link.SetAttribute("data-start-item-id", route.StartItem.Id.ToString("D"));
                link.SetAttribute("data-link-type", nameof(LinkType.Content));
            }
            else
            {
                link.SetAttribute("href", resolved.MediaUrl);
                link.SetAttribute("data-destination-id", resolved.Target.Key.ToString("D"));
                link.SetAttribute("data-destination-type", resolved.Target.ContentTypeAlias);
                link.SetAttribute("data-link-type", nameof(LinkType.Media));
            }
        }
        foreach (var image in body.QuerySelectorAll("img[data-udi]"))
        {
            if (LocalLinks.ImageUrl(image.GetAttribute("data-udi")!, context) is { } url)
            {
                // Keep the crop parameters of the old source; only the file location is replaced.
                var src = image.GetAttribute("src") ?? "";
                var query = src.IndexOf('?') is var q and >= 0 ? src[q..] : "";
                image.SetAttribute("src", url + query);
                image.RemoveAttribute("data-udi");
                image.RemoveAttribute("data-caption");
            }
        }
        foreach (var block in body.Descendants<IElement>().Where(e => e.LocalName.StartsWith("umb-rte-block", StringComparison.Ordinal)).ToList())
        {
            if (Guid.TryParse(block.GetAttribute(BlockContentKey), out var key))
            {
                block.RemoveAttribute(BlockContentKey);
                block.SetAttribute("data-content-id", key.ToString("D"));
                block.InnerHtml = "";
            }
        }
        return body.InnerHtml;
    }
}
