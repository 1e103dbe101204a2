using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Search.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SelfHelp.Core.Search.Indexing;

/// <summary>
/// One Lucene index on disk: a single writer kept open, and a searcher manager that readers borrow searchers from.
/// A corrupt, unreadable or locked index is replaced by an empty one (and reported as needing a rebuild) rather
/// than stopping the site, the failure Umbraco sites meet with Examine (UC #16163, Examine #161).
/// </summary>
/// <param name="layout">What documents hold: <see cref="LayoutVersion"/> and whatever else shapes them (the facets read); an index written with another is rebuilt at start.</param>
internal sealed class LuceneIndex(string name, string path, string layout, ILogger logger) : IDisposable
{
    /// <summary>Raised with each change to what documents hold; an index written by another layout is rebuilt at start.</summary>
    internal const string LayoutVersion = "2";
    private const string LayoutKey = "selfhelp.layout";
    private const string JournalKey = "selfhelp.journal";

    private readonly IndexFieldAnalyzer _analyzer = new(forIndexing: true);
    private volatile State? _state;
    private volatile bool _awaitingRebuild;

    public string Name => name;

    public string Path => path;

    /// <summary>The last change journal row this index holds; committed with the documents, so a restart resumes from it.</summary>
    public JournalPosition Position { get; } = new();

    /// <summary>Opens the index; returns true when it was missing, unreadable or of an older layout and must be rebuilt.</summary>
    public bool Open()
    {
        try
        {
            return _awaitingRebuild = OpenFolder();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "Search index {Index} at {Path} is corrupt, locked or unreadable: deleting it and rebuilding", name, path);
            return Recreate();
        }
    }

    /// <summary>
    /// False from the moment the index was found needing a rebuild (missing, damaged, recreated) until a rebuild has
    /// filled it: an empty index in that time would answer "nothing found" when the truth is "not known yet".
    /// </summary>
    public bool IsReady => IsAvailable && !_awaitingRebuild;

    /// <summary>Called once a full rebuild is searchable.</summary>
    public void MarkRebuilt() => _awaitingRebuild = false;

    /// <summary>False only when the index could be neither opened nor recreated; searches then find nothing.</summary>
    public bool IsAvailable => _state is not null;

    /// <summary>Throws the index away and opens an empty one (after a failure while it was in use).</summary>
    public bool Recreate()
    {
        _awaitingRebuild = true;
        Close();
        try
        {
            if (System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }
            OpenFolder();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The site runs on without this index rather than not at all; the next rebuild request tries again.
            logger.LogCritical(e, "Search index {Index} at {Path} could not be recreated; search is unavailable", name, path);
        }
        return true;
    }

    public void Delete(int nodeId, bool withDescendants)
    {
        var writer = Current.Writer;
        var id = nodeId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        writer.DeleteDocuments(new Term(IndexFieldNames.NodeId, id));
        if (withDescendants)
        {
            writer.DeleteDocuments(new Term(IndexFieldNames.Ancestors, id));
        }
    }

    public void Add(Document document) => Current.Writer.AddDocument(document);

    public void DeleteAll() => Current.Writer.DeleteAll();

    /// <summary>
    /// Set while a rebuild is filling the index: a commit then (the site stopping half-way) is marked so the next
    /// start rebuilds instead of trusting a half-filled index.
    /// </summary>
    public bool Filling { get; set; }

    public void Commit()
    {
        var writer = Current.Writer;
        writer.SetCommitData(new Dictionary<string, string>
        {
            [LayoutKey] = Filling ? "incomplete" : layout,
            [JournalKey] = Position.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        writer.Commit();
    }

    /// <summary>Makes everything written so far visible to searches (without waiting for a commit).</summary>
    public void Refresh() => Current.Searchers.MaybeRefreshBlocking();

    /// <summary>Borrows the current searcher; dispose the lease to give it back.</summary>
    public SearcherLease Acquire()
    {
        var state = Current;
        try
        {
            return new SearcherLease(state.Searchers, state.Searchers.Acquire());
        }
        catch (ObjectDisposedException)
        {
            // The index was recreated while we looked: the new one is already in place.
            var next = Current;
            return new SearcherLease(next.Searchers, next.Searchers.Acquire());
        }
    }

    public void Dispose()
    {
        Close();
        _analyzer.Dispose();
    }

    private State Current => _state ?? throw new InvalidOperationException($"The search index {name} is not open.");

    private bool OpenFolder()
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(path);
        try
        {
            var exists = DirectoryReader.IndexExists(directory);
            var stale = !exists;
            Position.Reset(0);
            if (exists)
            {
                // A reader opens every segment and checks its headers: garbage or missing files fail here, at start,
                // rather than in a visitor's search.
                using var reader = DirectoryReader.Open(directory);
                var data = reader.IndexCommit.UserData;
                stale = !data.TryGetValue(LayoutKey, out var written) || written != layout;
                if (!stale && data.TryGetValue(JournalKey, out var position))
                {
                    Position.Reset(long.Parse(position, System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            var writer = OpenWriter(directory);
            _state = new State(directory, writer, new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null));
            if (!exists)
            {
                Commit();
            }
            return stale;
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    private IndexWriter OpenWriter(LuceneDirectory directory)
    {
        try
        {
            return new IndexWriter(directory, NewConfig());
        }
        catch (LockObtainFailedException e)
        {
            // Umbraco's UnlockIndex: a lock left by a crashed process (or a stuck one) must not keep search down.
            logger.LogWarning(e, "Search index {Index} was locked; breaking the lock", name);
            IndexWriter.Unlock(directory);
            return new IndexWriter(directory, NewConfig());
        }
    }

    private IndexWriterConfig NewConfig() => new(BilingualTextAnalyzer.Version, _analyzer)
    {
        OpenMode = OpenMode.CREATE_OR_APPEND,
        RAMBufferSizeMB = 64,
    };

    private void Close()
    {
        var state = _state;
        _state = null;
        if (state is null)
        {
            return;
        }
        try
        {
            state.Searchers.Dispose();
            state.Writer.Dispose();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            logger.LogWarning(e, "Search index {Index} did not close cleanly", name);
            TryRollback(state.Writer);
        }
        finally
        {
            state.Directory.Dispose();
        }
    }

    private static void TryRollback(IndexWriter writer)
    {
        try
        {
            writer.Rollback();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // Nothing more can be done for a writer that can neither commit nor roll back; its folder is deleted next.
        }
    }

    private sealed record State(LuceneDirectory Directory, IndexWriter Writer, SearcherManager Searchers);
}

/// <summary>A searcher borrowed from an index; disposing gives it back so old readers can close.</summary>
internal readonly struct SearcherLease(SearcherManager manager, IndexSearcher searcher) : IDisposable
{
    public IndexSearcher Searcher => searcher;

    public void Dispose() => manager.Release(searcher);
}
