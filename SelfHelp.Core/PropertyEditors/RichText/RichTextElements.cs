using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SelfHelp.Core.DeliveryApi.Rendering;
using Umbraco.Cms.Core.Models.DeliveryApi;

namespace SelfHelp.Core.PropertyEditors.RichText;

/// <summary>
/// Rich text as a JSON tree (<c>RichTextOutputAsJson</c>): <c>#root</c>, element nodes with attributes and children,
/// <c>#text</c> nodes; local links become a <c>route</c> attribute, local images get their <c>src</c>, block elements a
/// <c>content-id</c>, <c>data-</c> prefixes are dropped, and comments and whitespace-only text are left out.
/// </summary>
internal static class RichTextElements
{
    public static RichTextRootElement Parse(string html, IEnumerable<ApiBlockItem> blocks, PropertyValueContext context)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        return new RichTextRootElement([], Children(document.Body!, context), blocks);
    }

    private static IRichTextElement[] Children(INode parent, PropertyValueContext context) =>
        parent.ChildNodes
            .Where(n => n.NodeType == NodeType.Element || (n.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(n.TextContent)))
            .Select(n => n is IElement element ? (IRichTextElement)Element(element, context) : new RichTextTextElement(n.TextContent))
            .ToArray();

    private static RichTextGenericElement Element(IElement element, PropertyValueContext context)
    {
        var tag = element.LocalName;
        var attributes = element.Attributes.ToDictionary(a => a.Name, a => (object)a.Value);
        if (attributes.GetValueOrDefault("href") is string href)
        {
            var resolved = LocalLinks.Resolve(href, attributes.GetValueOrDefault("type") as string, context, out var isLocal);
            if (isLocal)
            {
                attributes.Remove("type");
                attributes.Remove("href");
                if (resolved?.Route is { } route)
                {
                    attributes["route"] = route;
                }
                else if (resolved?.MediaUrl is { } url)
                {
                    attributes["href"] = url;
                }
            }
        }
        if (tag == "img" && attributes.GetValueOrDefault("data-udi") is string udi && LocalLinks.ImageUrl(udi, context) is { } src)
        {
            attributes["src"] = src;
            attributes.Remove("data-udi");
        }
        if (tag.StartsWith("umb-rte-block", StringComparison.Ordinal) && attributes.GetValueOrDefault("data-content-key") is string key && Guid.TryParse(key, out var contentKey))
        {
            attributes["content-id"] = contentKey;
            attributes.Remove("data-content-key");
        }
        foreach (var name in attributes.Keys.Where(k => k.StartsWith("data-", StringComparison.Ordinal)).ToList())
        {
            attributes.TryAdd(name["data-".Length..], attributes[name]);
            attributes.Remove(name);
        }
        return new RichTextGenericElement(tag, attributes, Children(element, context));
    }
}
