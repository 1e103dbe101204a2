using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SelfHelp.Core.Search.Indexing;

/// <summary>The site's Lucene indexes by name, each in its folder under <see cref="SearchOptions.IndexPath"/>.</summary>
internal sealed class SearchIndexes : IDisposable
{
    private readonly Dictionary<string, LuceneIndex> _indexes;

    public SearchIndexes(IOptions<SearchOptions> options, IHostEnvironment environment, ILoggerFactory loggers)
    {
        var root = Path.Combine(environment.ContentRootPath, options.Value.IndexPath);
        var logger = loggers.CreateLogger<LuceneIndex>();
        _indexes = IndexNames.All.ToDictionary(name => name, name => new LuceneIndex(name, Path.Combine(root, name), logger));
    }

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
