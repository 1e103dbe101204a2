using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Vocabulary;

namespace SelfHelp.Core.Search.Indexing;

/// <summary>The site's Lucene indexes by name, each in its folder under <see cref="SearchOptions.IndexPath"/>.</summary>
internal sealed class SearchIndexes : IDisposable
{
    private readonly Dictionary<string, LuceneIndex> _indexes;

    public SearchIndexes(IOptions<SearchOptions> options, ISiteVocabulary vocabulary, IHostEnvironment environment, ILoggerFactory loggers)
    {
        var root = Path.Combine(environment.ContentRootPath, options.Value.IndexPath);
        var logger = loggers.CreateLogger<LuceneIndex>();
        var layout = Layout(vocabulary);
        _indexes = IndexNames.All.ToDictionary(name => name, name => new LuceneIndex(name, Path.Combine(root, name), layout, logger));
    }

    /// <summary>The code's layout and the facets read, so an index written before a facet was added or changed is rebuilt with it.</summary>
    private static string Layout(ISiteVocabulary vocabulary) =>
        $"{LuceneIndex.LayoutVersion};facets={string.Join(';', vocabulary.Facets.Select(f => $"{f.Key}:{string.Join(',', f.PropertyAliases)}".ToLowerInvariant()))}";

    public LuceneIndex this[string name] =>
        _indexes.TryGetValue(name, out var index) ? index : throw new ArgumentException($"There is no search index '{name}'.", nameof(name));

    public IEnumerable<LuceneIndex> All => _indexes.Values;

    public void Dispose()
    {
        foreach (var index in _indexes.Values)
        {
            index.Dispose();
        }
    }
}
