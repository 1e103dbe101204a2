using Lucene.Net.Analysis;
using SelfHelp.Core.Search.Indexing;

namespace SelfHelp.Core.Search.Analysis;

/// <summary>
/// Picks the analyzer for a field by its name, as a PerFieldAnalyzerWrapper does, but by naming rule rather than a
/// fixed list, because property fields (<c>{alias}_{culture}</c>) are only known once content types are: name-prefix
/// fields get <see cref="NamePrefixAnalyzer"/> and every other analysed field the bilingual chain (raw fields such as
/// <c>__Key</c> and keywords are written untokenised and never reach an analyzer).
/// </summary>
internal sealed class IndexFieldAnalyzer(bool forIndexing) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    private readonly Analyzer _text = new BilingualTextAnalyzer(forIndexing);
    private readonly Analyzer _prefix = new NamePrefixAnalyzer();

    public Analyzer Text => _text;

    public Analyzer Prefix => _prefix;

    protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
        fieldName.StartsWith(IndexFieldNames.NamePrefix, StringComparison.Ordinal) ? _prefix : _text;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _text.Dispose();
            _prefix.Dispose();
        }
        base.Dispose(disposing);
    }
}
