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
        var email = subject.Kind == PersonalIdentifierKind.Email ? subject.Normalised : null;
        return new PersonalDataExport(
            subject,
            entries.Select(e => FormEntryReader.ToModel(e, fileRows.Where(f => f.EntryId == e.Id))).ToList(),
            (await db.Volunteers.AsNoTracking().Where(v => ids.Contains(v.EntryId) || v.Email.ToLower() == email).ToListAsync(cancellationToken)).Select(PrivateRecordReader.ToModel).ToList(),
            (await db.WorkshopRegistrations.AsNoTracking().Where(r => ids.Contains(r.EntryId) || r.Email.ToLower() == email).ToListAsync(cancellationToken)).Select(PrivateRecordReader.ToModel).ToList(),
            (await db.SupportRequests.AsNoTracking().Where(r => ids.Contains(r.EntryId) || r.Email.ToLower() == email).ToListAsync(cancellationToken)).Select(PrivateRecordReader.ToModel).ToList(),
            (await db.RelayedMessages.AsNoTracking().Where(m => ids.Contains(m.EntryId) || m.SenderEmail.ToLower() == email).ToListAsync(cancellationToken)).Select(PrivateRecordReader.ToModel).ToList());
    }

    public async Task<int> EraseAsync(PersonalDataSubject subject, string userName, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        int erased;
        await using (var db = contexts.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = await SubjectEntryIdsAsync(db, subject, cancellationToken);
            // Records whose entry is already gone (past retention) are found by their entry's identifiers or, failing that, their address.
            var email = subject.Kind == PersonalIdentifierKind.Email ? subject.Normalised : null;
            var recordEntries = await db.Volunteers.Where(v => v.Email.ToLower() == email).Select(v => v.EntryId)
                .Concat(db.WorkshopRegistrations.Where(r => r.Email.ToLower() == email).Select(r => r.EntryId))
                .Concat(db.SupportRequests.Where(r => r.Email.ToLower() == email).Select(r => r.EntryId))
                .Concat(db.RelayedMessages.Where(m => m.SenderEmail.ToLower() == email).Select(m => m.EntryId))
                .ToListAsync(cancellationToken);
            var entryIds = await db.FormEntries.Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
            await EntryEraser.EraseAsync(db, ids.Union(recordEntries).ToList(), includeRecords: true, now, cancellationToken);
            // The audit line names the entry ids only: the person's address or number is what was erased.
            db.FormEntryAudit.AddRange(entryIds.Select(id => new FormEntryAuditEntity { EntryId = id, Date = now, UserName = userName, Action = "erased", Detail = "erasure request" }));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            erased = entryIds.Count;
        }
        await fileDeletions.RunAsync(cancellationToken);
        return erased;
    }

    private static async Task<List<Guid>> SubjectEntryIdsAsync(SelfHelpDbContext db, PersonalDataSubject subject, CancellationToken cancellationToken) =>
        subject.Normalised is { } value
            ? await db.PersonalIdentifiers.Where(i => i.Kind == subject.Kind && i.Value == value).Select(i => i.EntryId).Distinct().ToListAsync(cancellationToken)
            : [];
}
