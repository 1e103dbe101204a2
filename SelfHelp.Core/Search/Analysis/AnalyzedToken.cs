using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace SelfHelp.Core.Search.Analysis;

/// <summary>A token an analyzer produced: its text, position, place in the source text and whether it is CJK.</summary>
internal readonly record struct AnalyzedToken(string Term, int Position, int Start, int End, bool IsCjk)
{
    private static readonly HashSet<string> CjkTypes =
    [
        CJKBigramFilter.DOUBLE_TYPE, CJKBigramFilter.SINGLE_TYPE,
        StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC],
        StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA],
        StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA],
        StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL],
    ];

    public static List<AnalyzedToken> Read(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), Math.Max(position, 0), offset.StartOffset, offset.EndOffset, CjkTypes.Contains(type.Type)));
        }
        stream.End();
        return tokens;
    }
}
