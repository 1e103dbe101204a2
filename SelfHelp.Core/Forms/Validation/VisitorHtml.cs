using Ganss.Xss;

namespace SelfHelp.Core.Forms.Validation;

/// <summary>
/// Rich text a visitor may write (a story in paragraphs): only paragraphs, emphasis, lists, quotes and web or mail
/// links survive; scripts, styles, event handlers and everything else are removed before the text is stored.
/// </summary>
public sealed class VisitorHtml
{
    private readonly HtmlSanitizer _sanitizer;

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
}
