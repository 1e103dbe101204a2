namespace SelfHelp.Core.Search.Indexing;

/// <summary>Rebuilds search indexes on demand (the back office's "rebuild index" button, after a restore).</summary>
public interface ISearchIndexRebuilder
{
    /// <summary>Rebuilds one index from its source; completes when the rebuilt index is what searches see.</summary>
    Task RebuildAsync(string indexName, CancellationToken cancellationToken = default);

    /// <summary>Completes once every change queued so far is searchable.</summary>
    Task WaitForPendingAsync(CancellationToken cancellationToken = default);

    /// <summary>Completes once both indexes have applied the change journal up to row <paramref name="position"/>.</summary>
    Task WaitForJournalAsync(long position, CancellationToken cancellationToken = default);
}

internal sealed class SearchIndexRebuilder(IndexingQueue queue, SearchIndexes indexes) : ISearchIndexRebuilder
{
    public Task RebuildAsync(string indexName, CancellationToken cancellationToken = default)
    {
        if (!IndexNames.All.Contains(indexName))
        {
            throw new ArgumentException($"There is no search index '{indexName}'.", nameof(indexName));
        }
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        queue.Enqueue(new IndexRebuild(indexName, done));
        return done.Task.WaitAsync(cancellationToken);
    }

    public Task WaitForPendingAsync(CancellationToken cancellationToken = default) => queue.FlushAsync(cancellationToken);

    public Task WaitForJournalAsync(long position, CancellationToken cancellationToken = default) =>
        Task.WhenAll(indexes.All.Select(i => i.Position.WaitForAsync(position, cancellationToken)));
}
