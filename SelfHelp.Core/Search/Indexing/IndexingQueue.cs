using System.Threading.Channels;

namespace SelfHelp.Core.Search.Indexing;

/// <summary>Something the indexing worker is asked to do.</summary>
internal abstract record IndexRequest;

/// <summary>Re-read one item (and, when asked, everything beneath it) and write what the index should now hold.</summary>
internal sealed record IndexUpdate(string Index, int NodeId, bool WithDescendants) : IndexRequest;

/// <summary>Rebuild a whole index from its source; <see cref="Done"/> completes when the rebuild is searchable.</summary>
internal sealed record IndexRebuild(string Index, TaskCompletionSource? Done = null) : IndexRequest;

/// <summary>Bring each index up to this journal row, from the last row it applied.</summary>
internal sealed record IndexJournal(long UpTo) : IndexRequest;

/// <summary>Completes when every request queued before it is searchable.</summary>
internal sealed record IndexFlush(TaskCompletionSource Done) : IndexRequest;

/// <summary>
/// The indexing work queue: the journal handler and embargo wake-ups write to it and return at once; one background worker reads it
/// in batches, so a burst of publishes is coalesced rather than indexed one commit at a time.
/// </summary>
internal sealed class IndexingQueue
{
    private readonly Channel<IndexRequest> _channel = Channel.CreateUnbounded<IndexRequest>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<IndexRequest> Reader => _channel.Reader;

    public void Enqueue(IndexRequest request) => _channel.Writer.TryWrite(request);

    public void Update(string index, IEnumerable<int> nodeIds, bool withDescendants)
    {
        foreach (var id in nodeIds)
        {
            Enqueue(new IndexUpdate(index, id, withDescendants));
        }
    }

    /// <summary>Waits until everything queued so far is searchable.</summary>
    public Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Enqueue(new IndexFlush(done));
        return done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Takes everything queued now, up to a limit, without waiting.</summary>
    public IReadOnlyList<IndexRequest> Drain(int max)
    {
        var batch = new List<IndexRequest>();
        while (batch.Count < max && _channel.Reader.TryRead(out var request))
        {
            batch.Add(request);
        }
        return batch;
    }
}
