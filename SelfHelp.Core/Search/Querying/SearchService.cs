using Lucene.Net.Documents;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Content;
using SelfHelp.Core.Languages;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Core.Vocabulary;
using static SelfHelp.Core.Search.Indexing.IndexFieldNames;

namespace SelfHelp.Core.Search.Querying;

internal sealed class SearchService(
    SearchIndexes indexes,
    IndexingQueue queue,
    TextQueryBuilder textQueries,
    SuggestionQueryBuilder suggestionQueries,
    IPublishedContentCache cache,
    ILanguageService languages,
    ISiteVocabulary vocabulary,
    IOptions<SearchOptions> options,
    ILogger<SearchService> logger) : ISearchService, IDisposable
{
    private readonly string[] _facetFields = [NodeTypeAlias, .. vocabulary.SearchFacets.Select(f => Facet(f.Key))];
    private readonly SearchOptions _options = options.Value;
    private readonly SnippetWriter _snippets = new(options.Value.SnippetLength);

    public async Task<OperationResult<SearchResults>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var errors = await ValidateAsync(request, cancellationToken);
        var userQuery = UserQuery.Parse(request.Text, _options.MaxQueryLength, out var textError);
        if (textError is not null)
        {
            errors.Add(new ValidationError("text", null, textError));
        }
        if (errors.Count > 0 || userQuery is null)
        {
            return OperationResult<SearchResults>.From(OperationResult.Invalid(errors));
        }
        var pageSize = Math.Clamp(request.PageSize ?? _options.DefaultPageSize, 1, _options.MaxPageSize);
        var culture = (await languages.GetAsync(request.Culture, cancellationToken))!.IsoCode;
        var text = textQueries.Build(userQuery, culture);
        if (userQuery.Parts.Count > 0 && text.Query is null)
        {
            // Only stop words or punctuation: nothing to look for, so nothing found (not everything).
            return OperationResult<SearchResults>.Success(new SearchResults(culture, request.Text, 0, request.Page, pageSize, [], SearchFacets.Empty));
        }
        return OperationResult<SearchResults>.Success(Run(request with { Culture = culture }, text, pageSize));
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, string culture, int? max = null, string index = IndexNames.External, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > _options.MaxQueryLength || !IndexNames.All.Contains(index)
            || await languages.GetAsync(culture, cancellationToken) is not { } language)
        {
            return [];
        }
        var query = suggestionQueries.Build(text, language.IsoCode);
        if (query is null)
        {
            return [];
        }
        var take = Math.Clamp(max ?? _options.MaxSuggestions, 1, _options.MaxSuggestions);
        var filter = SearchFilterBuilder.Build(new SearchRequest { Culture = language.IsoCode, Index = index });
        return Guarded(index, [], searcher =>
        {
            var snapshot = cache.Current;
            var nameField = ForCulture(NodeName, language.IsoCode);
            var fields = new HashSet<string> { Key, NodeTypeAlias, nameField };
            return searcher.Search(query, filter, take).ScoreDocs
                .Select(hit => searcher.Doc(hit.Doc, fields))
                .Select(doc => new SearchSuggestion(Guid.Parse(doc.Get(Key)), doc.Get(nameField) ?? "", doc.Get(NodeTypeAlias),
                    snapshot.GetByKey(Guid.Parse(doc.Get(Key)))?.GetRoute(language.IsoCode)))
                .ToList();
        });
    }

    public void Dispose() => _snippets.Dispose();

    private SearchResults Run(SearchRequest request, TextQuery text, int pageSize)
    {
        var empty = new SearchResults(request.Culture, request.Text, 0, request.Page, pageSize, [], SearchFacets.Empty);
        return Guarded(request.Index, empty, searcher =>
        {
            var query = text.Query ?? new MatchAllDocsQuery();
            var filter = SearchFilterBuilder.Build(request);
            var skip = (request.Page - 1) * pageSize;
            var window = Math.Min(skip + pageSize, _options.MaxResultWindow);
            var (top, topDocsOf) = CreateTopCollector(request, text, Math.Max(window, 1));
            var facets = new FacetCountCollector(_facetFields);
            searcher.Search(query, filter, MultiCollector.Wrap(top, facets));
            var topDocs = topDocsOf();
            var hits = skip < window ? topDocs.ScoreDocs.Skip(skip).Take(pageSize).Select(hit => ToHit(searcher, hit, request, text)).ToList() : [];
            return new SearchResults(request.Culture, request.Text, topDocs.TotalHits, request.Page, pageSize, hits,
                new SearchFacets(facets.Counts(NodeTypeAlias), vocabulary.SearchFacets.ToDictionary(f => f.Key, f => facets.Counts(Facet(f.Key)))));
        });
    }

    private static (ICollector Collector, Func<TopDocs> TopDocs) CreateTopCollector(SearchRequest request, TextQuery text, int count)
    {
        var sort = request.Sort switch
        {
            SearchSort.Name => new Sort(new SortField(SortName(request.Culture), SortFieldType.STRING), SortField.FIELD_SCORE),
            SearchSort.Date => new Sort(new SortField(ForCulture(UpdateDate, request.Culture), SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE),
            // With no text every score is equal: newest first is the useful order for browsing by filters.
            _ when text.Query is null => new Sort(new SortField(ForCulture(UpdateDate, request.Culture), SortFieldType.INT64, reverse: true)),
            _ => null,
        };
        if (sort is null)
        {
            var byScore = TopScoreDocCollector.Create(count, docsScoredInOrder: false);
            return (byScore, byScore.GetTopDocs);
        }
        var sorted = TopFieldCollector.Create(sort, count, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        return (sorted, sorted.GetTopDocs);
    }

    private SearchHit ToHit(IndexSearcher searcher, ScoreDoc hit, SearchRequest request, TextQuery text)
    {
        var culture = request.Culture;
        var doc = searcher.Doc(hit.Doc, new HashSet<string>
        {
            Key, NodeId, NodeTypeAlias, ForCulture(NodeName, culture), ForCulture(Published, culture), Summary(culture), Body(culture),
        });
        var key = Guid.Parse(doc.Get(Key));
        var snippet = _snippets.Write([doc.Get(Summary(culture)), doc.Get(Body(culture))], text.Terms);
        return new SearchHit(key, int.Parse(doc.Get(NodeId), System.Globalization.CultureInfo.InvariantCulture), doc.Get(NodeTypeAlias),
            doc.Get(ForCulture(NodeName, culture)) ?? "", cache.Current.GetByKey(key)?.GetRoute(culture), snippet, hit.Score,
            doc.Get(ForCulture(Published, culture)) == Yes);
    }

    private async Task<List<ValidationError>> ValidateAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        if (await languages.GetAsync(request.Culture, cancellationToken) is null)
        {
            errors.Add(new ValidationError("culture", null, $"'{request.Culture}' is not a language of this site."));
        }
        if (!IndexNames.All.Contains(request.Index))
        {
            errors.Add(new ValidationError("index", null, $"There is no search index '{request.Index}'."));
        }
        if (request.Page < 1)
        {
            errors.Add(new ValidationError("page", null, "Pages are numbered from 1."));
        }
        if (request.PageSize is < 1)
        {
            errors.Add(new ValidationError("pageSize", null, "Ask for at least one result per page."));
        }
        foreach (var facet in request.Facets.Keys.Where(key => vocabulary.Find(key) is null))
        {
            errors.Add(new ValidationError(facet, null, $"The site has no facet '{facet}'."));
        }
        foreach (var range in request.DateRanges.Where(r => r.From > r.To))
        {
            errors.Add(new ValidationError("dateRanges", null, $"The {range.Field} range ends before it starts."));
        }
        return errors;
    }

    /// <summary>Runs a read; an index failing underneath is logged and rebuilt, and the visitor gets no results rather than an error.</summary>
    private T Guarded<T>(string indexName, T fallback, Func<IndexSearcher, T> read)
    {
        var index = indexes[indexName];
        if (!index.IsAvailable)
        {
            return fallback;
        }
        try
        {
            using var lease = index.Acquire();
            return read(lease.Searcher);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            logger.LogError(e, "Searching {Index} failed: rebuilding it", indexName);
            queue.Enqueue(new IndexRebuild(indexName));
            return fallback;
        }
    }
}
