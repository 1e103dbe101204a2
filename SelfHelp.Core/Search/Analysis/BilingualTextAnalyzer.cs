using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace SelfHelp.Core.Search.Analysis;

/// <summary>
/// Analyses English and Traditional Chinese text in one pass: English words are lower-cased, stop words dropped and
/// stemmed as <see cref="EnglishAnalyzer"/> does ("groups" finds "group"); runs of Chinese characters become
/// overlapping bigrams as <see cref="CJKAnalyzer"/> does (自助 finds 香港自助組織).
/// </summary>
/// <remarks>
/// Both cultures share this chain because each culture's text holds the other's script: district names in Chinese
/// inside English stories, English terms inside Chinese ones. When indexing, single characters are written too, so
/// a one-character query (助) still finds text; when querying they are not, so a two-character query matches its
/// bigram only and stays precise.
/// </remarks>
internal sealed class BilingualTextAnalyzer(bool forIndexing) : Analyzer
{
    private const CJKScript AllScripts = CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL;

    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new StandardFilter(Version, source);
        result = new EnglishPossessiveFilter(Version, result);
        result = new CJKWidthFilter(result);
        result = new LowerCaseFilter(Version, result);
        result = new CJKBigramFilter(result, AllScripts, outputUnigrams: forIndexing);
        result = new StopFilter(Version, result, EnglishAnalyzer.DefaultStopSet);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }
}

/// <summary>
/// Splits names into lower-cased words and single Chinese characters, unstemmed, for search-as-you-type: a prefix
/// of a word must still be a prefix of what is indexed ("organi" of "organising", which stemming would cut to "organ").
/// </summary>
internal sealed class NamePrefixAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(BilingualTextAnalyzer.Version, reader);
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(BilingualTextAnalyzer.Version, result);
        return new TokenStreamComponents(source, result);
    }
}
