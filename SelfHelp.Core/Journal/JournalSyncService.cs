using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SelfHelp.Core.Journal;

/// <summary>
/// Umbraco's database server messenger, on this journal: every <see cref="JournalOptions.TimeBetweenSyncOperations"/>
/// applies rows this node has not seen (other nodes' changes, or a catch-up that failed), and every
/// <see cref="JournalOptions.TimeBetweenPruneOperations"/> deletes rows older than <see cref="JournalOptions.TimeToRetainInstructions"/>.
/// </summary>
internal sealed class JournalSyncService(
    JournalApplier applier,
    ChangeJournal journal,
    IOptions<JournalOptions> options,
    TimeProvider clock,
    ILogger<JournalSyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var lastPrune = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            // A delay re-armed after each run, not a periodic timer: a clock that jumps ahead (a test's, or a host
            // waking from sleep) runs the loop once, not once for every interval it skipped.
            await Task.Delay(settings.TimeBetweenSyncOperations, clock, stoppingToken);
            try
            {
                await applier.ApplyNewRowsAsync(stoppingToken);
                if (clock.GetUtcNow() - lastPrune >= settings.TimeBetweenPruneOperations)
                {
                    lastPrune = clock.GetUtcNow();
                    await journal.PruneAsync((lastPrune - settings.TimeToRetainInstructions).UtcDateTime, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Reading the change journal failed; trying again in {Interval}", settings.TimeBetweenSyncOperations);
            }
        }
    }
}
