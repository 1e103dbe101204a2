using System.Net;
using System.Text.RegularExpressions;

namespace SelfHelp.Core.Search.Indexing;

/// <summary>Turns rich-text markup into the text a reader sees, for indexing and snippets.</summary>
internal static partial class HtmlText
{
    public static string ToPlainText(string? markup)
    {
        if (string.IsNullOrWhiteSpace(markup))
        {
            return "";
        }
        var text = HiddenElements().Replace(markup, " ");
        // Block ends become line breaks, so words in two paragraphs never run together into one token.
        text = BlockBoundaries().Replace(text, "\n");
        text = Tags().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        text = SpaceRuns().Replace(text, " ");
        return BlankLines().Replace(text, "\n").Trim();
    }

    [GeneratedRegex(@"<(script|style|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HiddenElements();

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/h[1-6]|/blockquote|/tr|/td|/th|/figcaption|hr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBoundaries();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t\r\f\v\u00A0]+")]
    private static partial Regex SpaceRuns();

    [GeneratedRegex(@"\s*\n\s*")]
    private static partial Regex BlankLines();
}
