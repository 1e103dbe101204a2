using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Forms.Files;
using SelfHelp.Core.Forms.Records;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Forms.Entries;

/// <summary>Everything held about one person, found by their email address or phone number (a data access request under the PDPO).</summary>
public sealed record PersonalDataExport(
    PersonalDataSubject Subject, IReadOnlyList<FormEntry> Entries, IReadOnlyList<Volunteer> Volunteers, IReadOnlyList<WorkshopRegistration> Registrations,
    IReadOnlyList<SupportRequest> SupportRequests, IReadOnlyList<RelayedMessage> RelayedMessages);

/// <summary>Finds, exports and erases a person's data across entries and private records, by their indexed identifiers.</summary>
public interface IPersonalDataService
{
    Task<PersonalDataExport> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken = default);

    /// <summary>
    /// Erases the person's entries (with history and identifiers) and private records in one transaction, giving their
    /// seats back; their files are removed after it commits. Returns how many entries went.
    /// </summary>
    Task<int> EraseAsync(PersonalDataSubject subject, string userName, CancellationToken cancellationToken = default);
}

internal sealed class PersonalDataService(IDbContextFactory<SelfHelpDbContext> contexts, PendingFileDeletions fileDeletions, TimeProvider clock) : IPersonalDataService
{
    public async Task<PersonalDataExport> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var ids = await SubjectEntryIdsAsync(db, subject, cancellationToken);
        var entries = await db.FormEntries.AsNoTracking().Where(e => ids.Contains(e.Id)).OrderBy(e => e.CreatedUtc).ToListAsync(cancellationToken);
        var fileRows = await db.FormEntryFiles.AsNoTracking().Where(f => ids.Contains(f.EntryId)).ToListAsync(cancellationToken);
        return new PersonalDataExport(
            subject,
            entries.Select(e => FormEntryReader.ToModel(e, fileRows.Where(f => f.EntryId == e.Id))).ToList(),
            (await db.Volunteers.AsNoTracking().Where(v => ids.Contains(v.EntryId)).ToListAsync(cancellationToken)).Select(PrivateRecordReader.ToModel).ToList(),
            (await db.WorkshopRegistrations.AsNoTracking().Where(r => ids.Contains(r.EntryId)).ToListAsync(cancellationToken)).Select(PrivateRecordReader.ToModel).ToList(),
            (await db.SupportRequests.AsNoTracking().Where(r => ids.Contains(r.EntryId)).ToListAsync(cancellationToken)).Select(PrivateRecordReader.ToModel).ToList(),
            (await db.RelayedMessages.AsNoTracking().Where(m => ids.Contains(m.EntryId)).ToListAsync(cancellationToken)).Select(PrivateRecordReader.ToModel).ToList());
    }

    public async Task<int> EraseAsync(PersonalDataSubject subject, string userName, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        int erased;
        await using (var db = contexts.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = await SubjectEntryIdsAsync(db, subject, cancellationToken);
            var entryIds = await db.FormEntries.Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
            await EntryEraser.EraseAsync(db, ids, includeRecords: true, now, cancellationToken);
            // The audit line names the entry ids only: the person's address or number is what was erased.
            db.FormEntryAudit.AddRange(entryIds.Select(id => new FormEntryAuditEntity { EntryId = id, Date = now, UserName = userName, Action = "erased", Detail = "erasure request" }));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            erased = entryIds.Count;
        }
        await fileDeletions.RunAsync(cancellationToken);
        return erased;
    }

    // The entries (gone or not) the person's identifiers point at; records whose entry's identifiers are gone are still found by their address.
    private static async Task<List<Guid>> SubjectEntryIdsAsync(SelfHelpDbContext db, PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        if (subject.Normalised is not { } value)
        {
            return [];
        }
        var identified = db.PersonalIdentifiers.Where(i => i.Kind == subject.Kind && i.Value == value).Select(i => i.EntryId);
        if (subject.Kind == PersonalIdentifierKind.Email)
        {
            identified = identified
                .Concat(db.Volunteers.Where(v => v.Email.ToLower() == value).Select(v => v.EntryId))
                .Concat(db.WorkshopRegistrations.Where(r => r.Email.ToLower() == value).Select(r => r.EntryId))
                .Concat(db.SupportRequests.Where(r => r.Email.ToLower() == value).Select(r => r.EntryId))
                .Concat(db.RelayedMessages.Where(m => m.SenderEmail.ToLower() == value).Select(m => m.EntryId));
        }
        return (await identified.ToListAsync(cancellationToken)).Distinct().ToList();
    }
}
