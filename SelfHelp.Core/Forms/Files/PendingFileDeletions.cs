using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Forms.Files;

/// <summary>
/// Removes uploaded files whose rows an erasure or retention has deleted, after that transaction committed: a file is
/// never gone while its row could still come back, and one that cannot be deleted now stays queued and is retried.
/// </summary>
internal sealed class PendingFileDeletions(IDbContextFactory<SelfHelpDbContext> contexts, IFormFileStore files, ILogger<PendingFileDeletions> logger)
{
    /// <summary>Deletes every queued file it can; returns how many are still queued.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        // Row by row, so two runs at once (the timer and an erasure) never trip over each other: deleting a file or row twice is harmless.
        foreach (var pending in await db.PendingFileDeletions.AsNoTracking().OrderBy(d => d.Id).ToListAsync(cancellationToken))
        {
            try
            {
                await files.DeleteAsync(pending.StoragePath, cancellationToken);
                await db.PendingFileDeletions.Where(d => d.Id == pending.Id).ExecuteDeleteAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await db.PendingFileDeletions.Where(d => d.Id == pending.Id).ExecuteUpdateAsync(d => d.SetProperty(x => x.Attempts, x => x.Attempts + 1), cancellationToken);
                logger.LogWarning(ex, "Deleting erased upload {PendingDeletion} failed (attempt {Attempt}); it is retried later.", pending.Id, pending.Attempts + 1);
            }
        }
        return await db.PendingFileDeletions.CountAsync(cancellationToken);
    }
}

/// <summary>Runs <see cref="PendingFileDeletions"/> at start-up (what a crash left queued) and then every <c>SelfHelp:Forms:FileDeletionRetryInterval</c>.</summary>
internal sealed class PendingFileDeletionService(IServiceProvider services, TimeProvider clock, IOptions<SelfHelpFormsOptions> options, ILogger<PendingFileDeletionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FileDeletionRetryInterval, clock);
        do
        {
            try
            {
                await services.GetRequiredService<PendingFileDeletions>().RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Deleting erased uploads failed; the job tries again at its next run.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
