using System.Globalization;
using System.Text;

namespace SelfHelp.Core.DeliveryApi.Indexing;

/// <summary>
/// Splits text the way a standard analyzer does for matching: lower-cased words of letters and digits, and each
/// CJK character on its own (so 深水埗 matches 深水埗照顧者互助小組, as Lucene's StandardAnalyzer would).
/// </summary>
internal static class NameTokenizer
{
    public static string[] Tokenize(string text)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (IsCjk(c))
            {
                Flush();
                tokens.Add(c.ToString());
            }
            else if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
            {
                word.Append(c);
            }
            else
            {
                Flush();
            }
        }
        Flush();
        return [.. tokens];

        void Flush()
        {
            if (word.Length > 0)
            {
                tokens.Add(word.ToString());
                word.Clear();
            }
        }
    }

    private static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF'
            or >= '\u3040' and <= '\u30FF' or >= '\uAC00' and <= '\uD7AF';
}
