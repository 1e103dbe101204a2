using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Files;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Forms.Retention;

/// <summary>Deletes entries kept longer than their state's retention period (Umbraco Forms' scheduled record deletion), then expired private records and stray uploads.</summary>
public interface IFormRetention
{
    /// <summary>Deletes every expired entry, private record and stray upload now; returns how many entries were deleted.</summary>
    Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default);
}

internal sealed class FormRetention(
    IDbContextFactory<SelfHelpDbContext> contexts, PendingFileDeletions files, RecordRetention records, IOptions<FormsOptions> options, TimeProvider clock, ILogger<FormRetention> logger)
    : IFormRetention
{
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        var deleted = 0;
        foreach (var (state, days) in new[]
                 {
                     (FormEntryState.Submitted, settings.DaysToRetainSubmittedRecordsFor), (FormEntryState.Approved, settings.DaysToRetainApprovedRecordsFor),
                     (FormEntryState.Rejected, settings.DaysToRetainRejectedRecordsFor), (FormEntryState.Spam, settings.DaysToRetainSpamRecordsFor),
                 }.Where(r => r.Item2 > 0))
        {
            var before = now.AddDays(-days);
            await using var db = contexts.CreateDbContext();
            var expired = await db.FormEntries.Where(e => e.State == state && e.UpdatedUtc < before).Select(e => e.Id).ToListAsync(cancellationToken);
            if (expired.Count == 0)
            {
                continue;
            }
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                await EntryEraser.EraseAsync(db, expired, includeRecords: false, now, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            deleted += expired.Count;
            logger.LogInformation("Retention: deleted {Count} {State} entries older than {Days} days.", expired.Count, state, days);
        }
        await files.RunAsync(cancellationToken);
        await records.DeleteExpiredAsync(cancellationToken);
        return deleted;
    }
}
