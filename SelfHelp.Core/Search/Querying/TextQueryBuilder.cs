using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Search.Analysis;
using SelfHelp.Core.Search.Indexing;

namespace SelfHelp.Core.Search.Querying;

/// <summary>The Lucene query for a visitor's text, and the analysed terms snippets should mark.</summary>
internal sealed record TextQuery(Query? Query, IReadOnlySet<string> Terms);

/// <summary>
/// Builds the Lucene query for a <see cref="UserQuery"/> in a culture: every word must match in the culture's
/// title, summary or body field (the best field counts, boosted by tier); a Chinese run matches any of its bigrams,
/// the whole run in order ranking highest, so 互助小組 also finds text that says 互助; phrases match in order.
/// </summary>
internal sealed class TextQueryBuilder(IOptions<SearchOptions> options) : IDisposable
{
    private const float TieBreaker = 0.1f;
    private const float WholeRunBoost = 2f;

    private readonly Analyzer _analyzer = new BilingualTextAnalyzer(forIndexing: false);
    private readonly SearchOptions _options = options.Value;

    public TextQuery Build(UserQuery query, string culture)
    {
        var fields = new (string Name, float Boost)[]
        {
            (IndexFieldNames.Title(culture), _options.TitleBoost),
            (IndexFieldNames.Summary(culture), _options.SummaryBoost),
            (IndexFieldNames.Body(culture), _options.BodyBoost),
        };
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var result = new BooleanQuery();
        var positive = 0;
        foreach (var part in query.Parts)
        {
            var tokens = AnalyzedToken.Read(_analyzer, fields[0].Name, part.Text);
            if (tokens.Count == 0)
            {
                continue;
            }
            result.Add(PartQuery(part, tokens, fields), part.Excluded ? Occur.MUST_NOT : Occur.MUST);
            if (!part.Excluded)
            {
                positive++;
                terms.UnionWith(tokens.Select(t => t.Term));
            }
        }
        if (result.Clauses.Count == 0)
        {
            return new TextQuery(null, terms);
        }
        if (positive == 0)
        {
            // Only exclusions: everything but what they name.
            result.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return new TextQuery(result, terms);
    }

    public void Dispose() => _analyzer.Dispose();

    private static Query PartQuery(UserQueryPart part, List<AnalyzedToken> tokens, (string Name, float Boost)[] fields)
    {
        if (tokens.Count == 1)
        {
            return AcrossFields(fields, field => new TermQuery(new Term(field, tokens[0].Term)));
        }
        var phrase = AcrossFields(fields, field => Phrase(field, tokens));
        if (part.IsPhrase || !tokens.Exists(t => t.IsCjk))
        {
            // Several words from one typed word ("self-help") or a quoted phrase: in order.
            return phrase;
        }
        var anyBigram = new BooleanQuery();
        foreach (var token in tokens.DistinctBy(t => t.Term))
        {
            anyBigram.Add(AcrossFields(fields, field => new TermQuery(new Term(field, token.Term))), Occur.SHOULD);
        }
        phrase.Boost = WholeRunBoost;
        anyBigram.Add(phrase, Occur.SHOULD);
        return anyBigram;
    }

    private static Query AcrossFields((string Name, float Boost)[] fields, Func<string, Query> build)
    {
        var best = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (name, boost) in fields)
        {
            var query = build(name);
            query.Boost = boost;
            best.Add(query);
        }
        return best;
    }

    private static PhraseQuery Phrase(string field, List<AnalyzedToken> tokens)
    {
        var phrase = new PhraseQuery();
        var first = tokens[0].Position;
        foreach (var token in tokens)
        {
            phrase.Add(new Term(field, token.Term), token.Position - first);
        }
        return phrase;
    }
}
