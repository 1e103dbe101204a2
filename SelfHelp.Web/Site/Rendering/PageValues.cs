using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Visibility;
using SelfHelp.Web.Site.Rendering.PropertyEditors;

namespace SelfHelp.Web.Site.Rendering;

/// <summary>
/// The public property values of one page in one culture, as the views show them: plain text, or HTML for rich
/// text. Properties staff keep internal read as absent, and an anonymised story's names as hidden.
/// </summary>
public sealed class PageValues(PublishedContent content, string culture, ContentType? type, IPublicVisibility visibility, SitePropertyValueRenderers renderers)
{
    // Chinese stays readable in the page source instead of becoming numeric character references.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>A text value, or null when the property is empty, not text, or not public.</summary>
    public string? Text(string alias) =>
        Read(alias) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text ? text : null;

    /// <summary>
    /// The value as HTML: by its editor's site renderer (rich text as staff wrote it), else its text encoded, with
    /// blank lines as paragraph breaks and single line breaks kept.
    /// </summary>
    public IHtmlContent? Html(string alias)
    {
        if (Read(alias) is not { } value)
        {
            return null;
        }
        if (type?.FindProperty(alias) is { } property && renderers.Find(property.EditorAlias) is { } renderer)
        {
            return renderer.Html(value);
        }
        return Text(alias) is { } text ? Paragraphs(text) : null;
    }

    // Without a type nothing says which values are public, so none is shown.
    private JsonElement? Read(string alias) => type is null ? null : visibility.PublicValue(content, type, alias, culture);

    private static HtmlString Paragraphs(string text)
    {
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + string.Join("<br>", p.Split('\n').Select(Encoder.Encode)) + "</p>");
        return new HtmlString(string.Concat(paragraphs));
    }
}
