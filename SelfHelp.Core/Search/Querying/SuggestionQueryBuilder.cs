using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SelfHelp.Core.Search.Analysis;
using SelfHelp.Core.Search.Indexing;

namespace SelfHelp.Core.Search.Querying;

/// <summary>
/// The query for search-as-you-type on names in a culture: finished words must match whole, the word being typed
/// as a prefix, and Chinese characters in the order typed (自助 finds 香港自助組織).
/// </summary>
internal sealed class SuggestionQueryBuilder : IDisposable
{
    private readonly Analyzer _analyzer = new NamePrefixAnalyzer();

    public Query? Build(string text, string culture)
    {
        var field = IndexFieldNames.NameForPrefix(culture);
        var tokens = AnalyzedToken.Read(_analyzer, field, text);
        if (tokens.Count == 0)
        {
            return null;
        }
        var typing = !char.IsWhiteSpace(text[^1]);
        var query = new BooleanQuery();
        PhraseQuery? run = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsCjk)
            {
                // Consecutive characters form one run that must appear in order.
                if (run is null || tokens[i - 1].End != token.Start)
                {
                    run = new PhraseQuery();
                    query.Add(run, Occur.MUST);
                    run.Add(new Term(field, token.Term), 0);
                }
                else
                {
                    run.Add(new Term(field, token.Term), run.GetTerms().Length);
                }
                continue;
            }
            run = null;
            var last = i == tokens.Count - 1;
            query.Add(last && typing ? new PrefixQuery(new Term(field, token.Term)) : new TermQuery(new Term(field, token.Term)), Occur.MUST);
        }
        return query;
    }

    public void Dispose() => _analyzer.Dispose();
}
