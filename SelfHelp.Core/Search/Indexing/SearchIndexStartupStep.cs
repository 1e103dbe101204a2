using Microsoft.Extensions.Logging;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Startup;

namespace SelfHelp.Core.Search.Indexing;

/// <summary>
/// Opens the indexes before the site serves: one that is missing, corrupt, locked or of an older layout is
/// replaced and queued for a full rebuild (the site starts meanwhile, searching what is there); the others catch up
/// on the change journal from the row they last committed (rebuilt if those rows were pruned), and ExternalIndex is
/// also reconciled with the published cache, for embargoes that lifted while the site was down.
/// </summary>
internal sealed class SearchIndexStartupStep(
    SearchIndexes indexes,
    IndexingQueue queue,
    IndexUpdater updater,
    JournalApplier applier,
    ILogger<SearchIndexStartupStep> logger) : IStartupStep
{
    public int Order => StartupOrder.SearchIndexes;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var index in indexes.All)
        {
            if (index.Open())
            {
                logger.LogInformation("Search index {Index} needs a full rebuild", index.Name);
                queue.Enqueue(new IndexRebuild(index.Name));
            }
            else if (index.Name == IndexNames.External)
            {
                await ReconcileAsync(index, cancellationToken);
            }
        }
        queue.Enqueue(new IndexJournal(applier.Position.Value));
    }

    private async Task ReconcileAsync(LuceneIndex index, CancellationToken cancellationToken)
    {
        try
        {
            var differing = await updater.ReconcileAsync(index.Name, queue, cancellationToken);
            if (differing > 0)
            {
                logger.LogInformation("Search index {Index}: {Count} items out of step, queued for indexing", index.Name, differing);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            logger.LogError(e, "Search index {Index} could not be read at start: rebuilding it", index.Name);
            queue.Enqueue(new IndexRebuild(index.Name));
        }
    }
}
