using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Forms.Files;
using SelfHelp.Core.Forms.Records;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Forms.Entries;

/// <summary>
/// Deletes entries with their file rows, workflow jobs and attempts, history and identifiers; on an erasure request
/// also the private records made from them (retention keeps those: a volunteer stays a volunteer when the sign-up entry
/// expires, and stays findable). Runs inside the caller's transaction; the files themselves are queued as
/// <see cref="PendingFileDeletionEntity"/> rows in that transaction and removed by <see cref="PendingFileDeletions"/> after it commits.
/// </summary>
internal static class EntryEraser
{
    public static async Task EraseAsync(SelfHelpDbContext db, IReadOnlyCollection<Guid> ids, bool includeRecords, DateTime now, CancellationToken cancellationToken)
    {
        var paths = await db.FormEntryFiles.Where(f => ids.Contains(f.EntryId)).Select(f => f.StoragePath).ToListAsync(cancellationToken);
        db.PendingFileDeletions.AddRange(paths.Select(p => new PendingFileDeletionEntity { StoragePath = p, CreatedUtc = now }));
        await db.SaveChangesAsync(cancellationToken);
        await db.FormEntryFiles.Where(f => ids.Contains(f.EntryId)).ExecuteDeleteAsync(cancellationToken);
        await db.FormWorkflowAttempts.Where(a => ids.Contains(a.EntryId)).ExecuteDeleteAsync(cancellationToken);
        await db.FormWorkflowJobs.Where(j => ids.Contains(j.EntryId)).ExecuteDeleteAsync(cancellationToken);
        await db.FormEntryAudit.Where(a => ids.Contains(a.EntryId)).ExecuteDeleteAsync(cancellationToken);
        if (includeRecords)
        {
            await EraseRecordsAsync(db, ids, cancellationToken);
        }
        await db.FormEntries.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
        await ForgetIdentifiersAsync(db, ids, cancellationToken);
    }

    /// <summary>Deletes the identifiers of entries that are gone and have no record left, so a record outliving its entry is still found.</summary>
    public static Task ForgetIdentifiersAsync(SelfHelpDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        db.PersonalIdentifiers.Where(i => ids.Contains(i.EntryId) && !db.FormEntries.Any(e => e.Id == i.EntryId)
                && !db.Volunteers.Any(r => r.EntryId == i.EntryId) && !db.WorkshopRegistrations.Any(r => r.EntryId == i.EntryId)
                && !db.SupportRequests.Any(r => r.EntryId == i.EntryId) && !db.RelayedMessages.Any(r => r.EntryId == i.EntryId))
            .ExecuteDeleteAsync(cancellationToken);

    private static async Task EraseRecordsAsync(SelfHelpDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await db.Volunteers.Where(v => ids.Contains(v.EntryId)).ExecuteDeleteAsync(cancellationToken);
        await db.SupportRequests.Where(r => ids.Contains(r.EntryId)).ExecuteDeleteAsync(cancellationToken);
        await db.RelayedMessages.Where(m => ids.Contains(m.EntryId)).ExecuteDeleteAsync(cancellationToken);
        await WorkshopSeats.GiveBackAsync(db, db.WorkshopRegistrations.Where(r => ids.Contains(r.EntryId)), cancellationToken);
        await db.WorkshopRegistrations.Where(r => ids.Contains(r.EntryId)).ExecuteDeleteAsync(cancellationToken);
    }
}
