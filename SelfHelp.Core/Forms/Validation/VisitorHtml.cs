using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace SelfHelp.Core.Forms.Validation;

/// <summary>
/// Rich text a visitor may write (a story in paragraphs): only paragraphs, emphasis, lists, quotes and web or mail
/// links survive; scripts, styles, event handlers and everything else are removed before the text is stored. Answers
/// stored as plain text lose any markup, since a headless client may put them into a page as HTML.
/// </summary>
public sealed class VisitorHtml
{
    private readonly HtmlSanitizer _sanitizer;
    private readonly HtmlParser _parser = new();

    public VisitorHtml()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedTags.Clear();
        foreach (var tag in new[] { "p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "a" })
        {
            _sanitizer.AllowedTags.Add(tag);
        }
        _sanitizer.AllowedAttributes.Clear();
        _sanitizer.AllowedAttributes.Add("href");
        _sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "https", "http", "mailto" })
        {
            _sanitizer.AllowedSchemes.Add(scheme);
        }
        _sanitizer.AllowedCssProperties.Clear();
        _sanitizer.AllowDataAttributes = false;
    }

    /// <summary>Plain text stays as it is (it is encoded wherever it is shown); markup keeps only the safe parts.</summary>
    public string Clean(string value) => value.Contains('<') ? _sanitizer.Sanitize(value).Trim() : value;

    /// <summary>The text a browser would show for the value, without markup, or the contents of scripts and styles.</summary>
    public string PlainText(string value)
    {
        if (!value.Contains('<'))
        {
            return value;
        }
        var body = _parser.ParseDocument("").Body!;
        body.InnerHtml = value;
        foreach (var hidden in body.QuerySelectorAll("script, style, template, noscript, iframe, object, embed, svg, math"))
        {
            hidden.Remove();
        }
        return body.TextContent.Trim();
    }
}
