using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Analysis;
using SelfHelp.Core.Search.Analysis;

namespace SelfHelp.Core.Search.Querying;

/// <summary>
/// Cuts a snippet from an item's stored text around the densest run of matched words and marks each match with
/// <c>&lt;mark&gt;</c>; everything else is HTML-encoded. Matches are found by analysing the text the way it was
/// indexed, so "Groups" is marked for a search on "group" and 自助組織 for 自助組織 (overlapping bigrams merge).
/// </summary>
internal sealed class SnippetWriter(int length) : IDisposable
{
    private const string Ellipsis = "…";
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // Bigrams alone find every match unless a one-character Chinese term is sought, and cost half the tokens.
    private readonly Analyzer _bigrams = new BilingualTextAnalyzer(forIndexing: false);
    private readonly Analyzer _withUnigrams = new BilingualTextAnalyzer(forIndexing: true);

    /// <summary>A snippet from the first text with the most matched terms, or the opening of the first text when none match.</summary>
    public string Write(IReadOnlyList<string?> texts, IReadOnlySet<string> terms)
    {
        string? best = null;
        List<(int Start, int End)> bestSpans = [];
        var bestDistinct = 0;
        var analyzer = terms.Any(t => t.Length == 1 && !char.IsAsciiLetterOrDigit(t[0])) ? _withUnigrams : _bigrams;
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            best ??= text;
            if (terms.Count == 0)
            {
                break;
            }
            var matched = AnalyzedToken.Read(analyzer, "snippet", text).Where(t => terms.Contains(t.Term)).ToList();
            var distinct = matched.Select(t => t.Term).Distinct().Count();
            if (distinct > bestDistinct)
            {
                (best, bestDistinct) = (text, distinct);
                bestSpans = Merge(matched.Select(t => (t.Start, t.End)));
            }
            if (bestDistinct == terms.Count)
            {
                // Every term is already marked: a later text cannot do better.
                break;
            }
        }
        return best is null ? "" : Render(best, bestSpans);
    }

    public void Dispose()
    {
        _bigrams.Dispose();
        _withUnigrams.Dispose();
    }

    private string Render(string text, List<(int Start, int End)> spans)
    {
        // Paragraph breaks between properties read as spaces in a one-line snippet (same length, so offsets hold).
        text = text.Replace('\n', ' ');
        var (start, end) = Window(text, spans);
        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append(Ellipsis);
        }
        var at = start;
        foreach (var (spanStart, spanEnd) in spans)
        {
            var s = Math.Max(spanStart, start);
            var e = Math.Min(spanEnd, end);
            if (s >= e)
            {
                continue;
            }
            html.Append(Encoder.Encode(text[at..s])).Append("<mark>").Append(Encoder.Encode(text[s..e])).Append("</mark>");
            at = e;
        }
        html.Append(Encoder.Encode(text[at..end]));
        if (end < text.Length)
        {
            html.Append(Ellipsis);
        }
        return html.ToString();
    }

    /// <summary>The stretch of about <c>length</c> characters holding the most matches, widened to word boundaries.</summary>
    private (int Start, int End) Window(string text, List<(int Start, int End)> spans)
    {
        if (text.Length <= length)
        {
            return (0, text.Length);
        }
        var start = 0;
        var most = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var count = spans.Skip(i).TakeWhile(s => s.End <= spans[i].Start + length).Count();
            if (count > most)
            {
                (most, start) = (count, spans[i].Start);
            }
        }
        // Some words before the first match give it context.
        start = Math.Max(0, start - length / 5);
        if (start + length > text.Length)
        {
            start = text.Length - length;
        }
        start = AlignStart(text, start);
        var end = AlignEnd(text, Math.Min(text.Length, start + length));
        return (start, end);
    }

    // Latin text is cut at spaces; Chinese has none and may be cut anywhere.
    private static int AlignStart(string text, int start)
    {
        if (start == 0 || char.IsWhiteSpace(text[start - 1]))
        {
            return start;
        }
        var space = text.IndexOf(' ', start, Math.Min(20, text.Length - start));
        return space < 0 ? start : space + 1;
    }

    private static int AlignEnd(string text, int end)
    {
        if (end >= text.Length || char.IsWhiteSpace(text[end]))
        {
            return end;
        }
        var from = Math.Max(0, end - 20);
        var space = text.LastIndexOf(' ', end - 1, end - from);
        return space <= 0 ? end : space;
    }

    private static List<(int Start, int End)> Merge(IEnumerable<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }
        return merged;
    }
}
