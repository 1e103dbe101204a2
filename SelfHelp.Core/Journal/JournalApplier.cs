using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SelfHelp.Core.PublishedCache;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Core.Journal;

/// <summary>
/// The one reader of the journal on this node: applies rows in id order to the small-table caches and the published
/// cache, records the last row applied, then raises one <see cref="PublishedCacheChanged"/>. The write path awaits
/// it for its own row; <see cref="JournalSyncService"/> calls it for rows other nodes write.
/// </summary>
internal sealed class JournalApplier(
    ChangeJournal journal,
    ConfigurationCaches caches,
    IServiceProvider services,
    ILogger<JournalApplier> logger)
{
    private const int MaxRowsPerRun = 500;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile bool _started;

    // Resolved when used: the cache reads types and languages, whose writes wait on this applier.
    private IPublishedContentCache Cache => services.GetRequiredService<IPublishedContentCache>();

    /// <summary>The last journal row applied to this node's published cache.</summary>
    public JournalPosition Position { get; } = new();

    /// <summary>
    /// Start-up (Umbraco's cold boot): records the journal head, then builds the cache from storage. A row written in
    /// between is applied again later, which is harmless.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var head = await journal.HeadAsync(cancellationToken);
            await Cache.RebuildAsync(cancellationToken);
            Position.Reset(head);
            _started = true;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>
    /// Applies every row up to at least <paramref name="id"/>, for a write that just committed it. Never throws: the
    /// write has happened, and a failure here is logged and retried by <see cref="JournalSyncService"/>. Before
    /// start-up there is no cache to keep in step.
    /// </summary>
    public async Task CatchUpAsync(long id)
    {
        if (!_started || Position.Value >= id)
        {
            return;
        }
        try
        {
            await ApplyNewRowsAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Applying journal row {Id} failed; the journal sync retries it", id);
        }
    }

    /// <summary>Applies every row written since the last one applied, by any node.</summary>
    public async Task ApplyNewRowsAsync(CancellationToken cancellationToken = default)
    {
        if (!_started)
        {
            return;
        }
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (await journal.MissedRowsAfterAsync(Position.Value, cancellationToken))
            {
                await ColdBootAsync(cancellationToken);
                return;
            }
            while (await journal.ReadAfterAsync(Position.Value, MaxRowsPerRun, upTo: null, cancellationToken) is { Count: > 0 } rows)
            {
                await ApplyAsync(rows, cancellationToken);
            }
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task ApplyAsync(IReadOnlyList<JournalEntry> rows, CancellationToken cancellationToken)
    {
        foreach (var kind in rows.Where(r => !r.IsNodes).Select(r => r.Kind).Distinct())
        {
            caches.Invalidate(kind);
        }
        var fullRefresh = rows.Any(r => r.RefreshAll);
        if (fullRefresh)
        {
            await Cache.RebuildAsync(cancellationToken);
        }
        else
        {
            var ids = rows.Where(r => r.IsNodes && !r.DraftOnly).SelectMany(r => r.Ids).Distinct().ToList();
            await Cache.RefreshAsync(ids, cancellationToken);
        }
        Position.Advance(rows[^1].Id);
        await NotifyAsync(new PublishedCacheChanged(rows[0].Id, rows[^1].Id, rows, fullRefresh, Cache.Current.Generation), cancellationToken);
    }

    /// <summary>Rows this node never saw were pruned: rebuild everything, as at start-up.</summary>
    private async Task ColdBootAsync(CancellationToken cancellationToken)
    {
        var head = await journal.HeadAsync(cancellationToken);
        logger.LogWarning("Journal rows after {Position} were pruned before this node applied them: rebuilding everything up to {Head}", Position.Value, head);
        caches.InvalidateAll();
        await Cache.RebuildAsync(cancellationToken);
        var from = Position.Value + 1;
        Position.Advance(head);
        await NotifyAsync(new PublishedCacheChanged(from, head, [], FullRefresh: true, Cache.Current.Generation), cancellationToken);
    }

    /// <summary>Each subscriber on its own: one that fails is logged and retries from its own position; the write has committed.</summary>
    private async Task NotifyAsync(PublishedCacheChanged changed, CancellationToken cancellationToken)
    {
        foreach (var handler in services.GetServices<INotificationAsyncHandler<PublishedCacheChanged>>())
        {
            try
            {
                await handler.HandleAsync(changed, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(e, "{Handler} failed on journal rows {From}-{To}", handler.GetType().Name, changed.FromId, changed.ToId);
            }
        }
    }
}
