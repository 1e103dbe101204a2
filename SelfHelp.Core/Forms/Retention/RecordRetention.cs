using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Files;
using SelfHelp.Core.Forms.Records;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.PublishedCache;

namespace SelfHelp.Core.Forms.Retention;

/// <summary>How long private records and stray uploads are kept (<c>SelfHelp:Forms:Retention</c>), in days; 0 keeps them for ever.</summary>
public sealed class RecordRetentionOptions
{
    public const string SectionName = "SelfHelp:Forms:Retention";

    /// <summary>Volunteers who were never taken on (applicants) or were archived, counted from sign-up.</summary>
    public int VolunteerDays { get; set; } = 730;

    /// <summary>Workshop registrations, counted from the workshop's start (or from registering, when the workshop is gone).</summary>
    public int RegistrationDaysAfterWorkshop { get; set; } = 365;

    /// <summary>Support requests, counted from the request.</summary>
    public int SupportRequestDays { get; set; } = 730;

    /// <summary>Relayed messages (sender and body), counted from the relay.</summary>
    public int RelayedMessageDays { get; set; } = 90;

    /// <summary>Files in the upload store that no entry names (a crash between writing a file and committing its entry), counted from the file's last write.</summary>
    public int OrphanedUploadDays { get; set; } = 1;
}

/// <summary>Deletes private records past their kind's period, and uploads no entry names, in one transaction per kind.</summary>
internal sealed class RecordRetention(
    IDbContextFactory<SelfHelpDbContext> contexts, IFormFileStore files, PendingFileDeletions fileDeletions, IPublishedContentCache cache,
    IOptions<RecordRetentionOptions> options, TimeProvider clock, ILogger<RecordRetention> logger)
{
    /// <summary>Deletes what has expired now; returns how many records and files went.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        var deleted = 0;
        if (settings.VolunteerDays > 0)
        {
            var before = now.AddDays(-settings.VolunteerDays);
            deleted += await DeleteAsync("volunteers", db => db.Volunteers.Where(v => v.CreatedUtc < before && (v.Status == VolunteerStatus.Applicant || v.Status == VolunteerStatus.Archived)),
                v => v.EntryId, cancellationToken);
        }
        if (settings.SupportRequestDays > 0)
        {
            var before = now.AddDays(-settings.SupportRequestDays);
            deleted += await DeleteAsync("support requests", db => db.SupportRequests.Where(r => r.CreatedUtc < before), r => r.EntryId, cancellationToken);
        }
        if (settings.RelayedMessageDays > 0)
        {
            var before = now.AddDays(-settings.RelayedMessageDays);
            deleted += await DeleteAsync("relayed messages", db => db.RelayedMessages.Where(m => m.SentUtc < before), m => m.EntryId, cancellationToken);
        }
        if (settings.RegistrationDaysAfterWorkshop > 0)
        {
            deleted += await DeleteRegistrationsAsync(now.AddDays(-settings.RegistrationDaysAfterWorkshop), cancellationToken);
        }
        if (settings.OrphanedUploadDays > 0)
        {
            deleted += await DeleteOrphanedUploadsAsync(now.AddDays(-settings.OrphanedUploadDays), cancellationToken);
        }
        return deleted;
    }

    private async Task<int> DeleteRegistrationsAsync(DateTime before, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var snapshot = cache.Current;
        var expiredWorkshops = (await db.WorkshopRegistrations.Select(r => new { r.WorkshopKey, r.Culture }).Distinct().ToListAsync(cancellationToken))
            .Where(w => snapshot.GetByKey(w.WorkshopKey)?.GetDateTime("startsAt", w.Culture) is { } starts && starts < before)
            .Select(w => w.WorkshopKey).Distinct().ToList();
        var gone = (await db.WorkshopRegistrations.Select(r => r.WorkshopKey).Distinct().ToListAsync(cancellationToken))
            .Where(k => snapshot.GetByKey(k) is null).ToList();
        return await DeleteAsync("workshop registrations",
            d => d.WorkshopRegistrations.Where(r => expiredWorkshops.Contains(r.WorkshopKey) || (gone.Contains(r.WorkshopKey) && r.CreatedUtc < before)),
            r => r.EntryId, cancellationToken, giveBackSeats: true);
    }

    private async Task<int> DeleteAsync<TRecord>(
        string kind, Func<SelfHelpDbContext, IQueryable<TRecord>> expired, System.Linq.Expressions.Expression<Func<TRecord, Guid>> entryId,
        CancellationToken cancellationToken, bool giveBackSeats = false)
    {
        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entries = await expired(db).Select(entryId).ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return 0;
        }
        if (giveBackSeats)
        {
            await WorkshopSeats.GiveBackAsync(db, (IQueryable<WorkshopRegistrationEntity>)expired(db), cancellationToken);
        }
        var count = await expired(db).ExecuteDeleteAsync(cancellationToken);
        // The record was what kept its entry's identifiers; with the entry gone too, nothing should find the person any more.
        await EntryEraser.ForgetIdentifiersAsync(db, entries, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Retention: deleted {Count} {Kind} past their retention period.", count, kind);
        return count;
    }

    private async Task<int> DeleteOrphanedUploadsAsync(DateTime before, CancellationToken cancellationToken)
    {
        var deleted = 0;
        await using var db = contexts.CreateDbContext();
        await foreach (var (path, lastWriteUtc) in files.ListAsync(cancellationToken))
        {
            // Old enough that no submission can still be about to commit a row naming it.
            if (lastWriteUtc < before && !await db.FormEntryFiles.AnyAsync(f => f.StoragePath == path, cancellationToken))
            {
                db.PendingFileDeletions.Add(new PendingFileDeletionEntity { StoragePath = path, CreatedUtc = clock.GetUtcNow().UtcDateTime });
                deleted++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await fileDeletions.RunAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Retention: deleted {Count} uploads that no entry names.", deleted);
        }
        return deleted;
    }
}
