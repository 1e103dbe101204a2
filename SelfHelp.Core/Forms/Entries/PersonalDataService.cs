using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Forms.Files;
using SelfHelp.Core.Forms.Records;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Forms.Entries;

/// <summary>Everything held about one person, found by their email address (a data access request under the PDPO).</summary>
public sealed record PersonalDataExport(
    string Email, IReadOnlyList<FormEntry> Entries, IReadOnlyList<Volunteer> Volunteers, IReadOnlyList<WorkshopRegistration> Registrations,
    IReadOnlyList<SupportRequest> SupportRequests, IReadOnlyList<RelayedMessage> RelayedMessages);

/// <summary>Finds, exports and erases a person's data across entries and private records, by email address.</summary>
public interface IPersonalDataService
{
    Task<PersonalDataExport> ExportAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Erases the person's entries (with files and history) and private records; returns how many entries went.</summary>
    Task<int> EraseAsync(string email, string userName, CancellationToken cancellationToken = default);
}

internal sealed class PersonalDataService(IDbContextFactory<SelfHelpDbContext> contexts, IFormFileStore files, TimeProvider clock) : IPersonalDataService
{
    public async Task<PersonalDataExport> ExportAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var entries = await EntriesOfAsync(db, email, cancellationToken);
        var ids = entries.Select(e => e.Id).ToList();
        var fileRows = await db.FormEntryFiles.AsNoTracking().Where(f => ids.Contains(f.EntryId)).ToListAsync(cancellationToken);
        var lower = email.ToLower();
        return new PersonalDataExport(
            email,
            entries.Select(e => FormEntryReader.ToModel(e, fileRows.Where(f => f.EntryId == e.Id))).ToList(),
            (await db.Volunteers.AsNoTracking().Where(v => v.Email.ToLower() == lower).ToListAsync(cancellationToken)).Select(PrivateRecordReader.ToModel).ToList(),
            (await db.WorkshopRegistrations.AsNoTracking().Where(r => r.Email.ToLower() == lower).ToListAsync(cancellationToken)).Select(PrivateRecordReader.ToModel).ToList(),
            (await db.SupportRequests.AsNoTracking().Where(r => r.Email.ToLower() == lower).ToListAsync(cancellationToken)).Select(PrivateRecordReader.ToModel).ToList(),
            (await db.RelayedMessages.AsNoTracking().Where(m => m.SenderEmail.ToLower() == lower).ToListAsync(cancellationToken)).Select(PrivateRecordReader.ToModel).ToList());
    }

    public async Task<int> EraseAsync(string email, string userName, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var ids = (await EntriesOfAsync(db, email, cancellationToken)).Select(e => e.Id).ToList();
        await EntryEraser.EraseAsync(db, files, ids, includeRecords: true, cancellationToken);
        // Records whose entry is already gone (past retention) are found by address.
        var lower = email.ToLower();
        await db.Volunteers.Where(v => v.Email.ToLower() == lower).ExecuteDeleteAsync(cancellationToken);
        await db.SupportRequests.Where(r => r.Email.ToLower() == lower).ExecuteDeleteAsync(cancellationToken);
        await db.RelayedMessages.Where(m => m.SenderEmail.ToLower() == lower).ExecuteDeleteAsync(cancellationToken);
        await db.WorkshopRegistrations.Where(r => r.Email.ToLower() == lower).ExecuteDeleteAsync(cancellationToken);
        foreach (var id in ids)
        {
            db.FormEntryAudit.Add(new FormEntryAuditEntity { EntryId = id, Date = clock.GetUtcNow().UtcDateTime, UserName = userName, Action = "erased", Detail = "erasure request" });
        }
        await db.SaveChangesAsync(cancellationToken);
        return ids.Count;
    }

    // A coarse filter in the database, then an exact match on an answer, so "ann@x.org" does not find "joann@x.org".
    private static async Task<List<FormEntryEntity>> EntriesOfAsync(SelfHelpDbContext db, string email, CancellationToken cancellationToken)
    {
        var lower = email.Trim().ToLower();
        var candidates = await db.FormEntries.AsNoTracking().Where(e => e.ValuesJson.ToLower().Contains(lower)).ToListAsync(cancellationToken);
        return candidates.Where(e => FormEntryReader.Values(e.ValuesJson).Values.SelectMany(v => v).Any(v => string.Equals(v.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase))).ToList();
    }
}
