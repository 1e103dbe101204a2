using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using SelfHelp.Core.Search.Indexing;

namespace SelfHelp.Core.Search.Analysis;

/// <summary>
/// Picks the analyzer for a field by its name, as a PerFieldAnalyzerWrapper does, but by naming rule rather than a
/// fixed list, because property fields (<c>{alias}_{culture}</c>) are only known once content types are:
/// <list type="bullet">
/// <item>the title, summary and body fields the query service searches get the bilingual chain (stemming, bigrams);</item>
/// <item>name-prefix fields get <see cref="NamePrefixAnalyzer"/>, for search-as-you-type;</item>
/// <item>every other text field (Examine's <c>nodeName_en-us</c>, <c>{alias}_zh-hk</c>) gets Examine's own
/// <see cref="StandardAnalyzer"/>, so queries written for Umbraco's ExternalIndex behave the same here, and the
/// text is not analysed twice the expensive way.</item>
/// </list>
/// Raw fields (<c>__Key</c>, keywords) are written untokenised and never reach an analyzer.
/// </summary>
internal sealed class IndexFieldAnalyzer(bool forIndexing) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    private readonly Analyzer _text = new BilingualTextAnalyzer(forIndexing);
    private readonly Analyzer _prefix = new NamePrefixAnalyzer();
    private readonly Analyzer _standard = new StandardAnalyzer(BilingualTextAnalyzer.Version);

    public Analyzer Text => _text;

    public Analyzer Prefix => _prefix;

    protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
        IndexFieldNames.IsSearchTier(fieldName) ? _text
        : fieldName.StartsWith(IndexFieldNames.NamePrefix, StringComparison.Ordinal) ? _prefix
        : _standard;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _text.Dispose();
            _prefix.Dispose();
            _standard.Dispose();
        }
        base.Dispose(disposing);
    }
}
