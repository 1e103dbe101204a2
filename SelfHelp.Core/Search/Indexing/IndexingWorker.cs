using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SelfHelp.Core.Search.Indexing;

/// <summary>
/// The single writer of the indexes: drains the queue in batches, applies them, refreshes searchers at once (a
/// publish is searchable well within a second) and commits to disk at most once per
/// <see cref="SearchOptions.CommitInterval"/>, or when the queue falls idle.
/// </summary>
internal sealed class IndexingWorker(
    IndexingQueue queue,
    IndexUpdater updater,
    IOptions<SearchOptions> options,
    ILogger<IndexingWorker> logger) : BackgroundService
{
    private const int MaxBatch = 2000;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.CommitInterval;
        var sinceCommit = Stopwatch.StartNew();
        var dirty = false;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!await WaitForWorkAsync(dirty ? interval : Timeout.InfiniteTimeSpan, stoppingToken))
            {
                updater.CommitAll();
                (dirty, sinceCommit) = (false, Stopwatch.StartNew());
                continue;
            }
            var batch = new IndexBatch(queue.Drain(MaxBatch));
            try
            {
                await updater.ApplyAsync(batch, stoppingToken);
                failures = 0;
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Positions did not move (a rebuild cut short keeps its index at 0, marked filling, so it is rebuilt
                // again): the batch is queued again, and whoever waits on it waits for the retry.
                failures++;
                logger.LogError(e, "Indexing a batch failed ({Failures} in a row); retrying it", failures);
                await Task.Delay(Backoff(failures), stoppingToken);
                foreach (var request in batch.Requests)
                {
                    queue.Enqueue(request);
                }
                continue;
            }
            batch.Waiting.ForEach(w => w.TrySetResult());
            dirty = true;
            if (sinceCommit.Elapsed >= interval)
            {
                updater.CommitAll();
                (dirty, sinceCommit) = (false, Stopwatch.StartNew());
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        updater.CommitAll();
    }

    /// <summary>True when work arrived; false when <paramref name="idle"/> passed first (time to commit).</summary>
    private async Task<bool> WaitForWorkAsync(TimeSpan idle, CancellationToken stoppingToken)
    {
        if (idle == Timeout.InfiniteTimeSpan)
        {
            return await queue.Reader.WaitToReadAsync(stoppingToken);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(idle);
        try
        {
            return await queue.Reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static TimeSpan Backoff(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(failures, 10))));
}
