using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Content;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Files;
using SelfHelp.Core.Forms.Workflows;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Forms.Entries;

/// <summary>A filter of a form's entries for staff: by state, date range and free text.</summary>
public sealed record FormEntryQuery(Guid FormKey, FormEntryState? State = null, DateTime? FromUtc = null, DateTime? ToUtc = null, string? Search = null);

/// <summary>One line of an entry's history.</summary>
public sealed record FormEntryAuditLine(DateTime Date, string UserName, string Action, string? Detail);

/// <summary>A workflow queued for an entry, where it stands and how its attempts went.</summary>
public sealed record FormWorkflowJobInfo(Guid Id, string Name, WorkflowStage Stage, WorkflowJobStatus Status, int Attempts, DateTime NextAttemptUtc, string? LastError);

/// <summary>Staff work on entries: read, filter, change state (which queues the Approved or Rejected workflows), retry and erase.</summary>
public interface IFormEntryService
{
    Task<FormEntry?> GetAsync(Guid id, CancellationToken cancellationToken = default);
    /// <summary>One page of the entries the query matches, newest first, with how many match in all.</summary>
    Task<Paged<FormEntry>> ListAsync(FormEntryQuery query, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Every entry the query matches, newest first, read in batches as the caller consumes them (for exports of any size).</summary>
    IAsyncEnumerable<FormEntry> StreamAsync(FormEntryQuery query, CancellationToken cancellationToken = default);
    Task<OperationResult> SetStateAsync(Guid id, FormEntryState state, string userName, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<FormEntryAuditLine>> GetAuditAsync(Guid id, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<FormWorkflowJobInfo>> GetWorkflowsAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Puts a failed workflow back in the queue, due now.</summary>
    Task<OperationResult> RetryWorkflowAsync(Guid jobId, string userName, CancellationToken cancellationToken = default);

    /// <summary>The bytes of a file uploaded with an entry, with the file's row.</summary>
    Task<(FormEntryFile File, Stream Content)?> OpenFileAsync(Guid entryId, Guid fileId, CancellationToken cancellationToken = default);

    /// <summary>Deletes the entry, its files, queued workflows and the private records made from it; an audit line says who did it.</summary>
    Task<OperationResult> EraseAsync(Guid id, string userName, CancellationToken cancellationToken = default);
}

internal sealed class FormEntryService(
    IDbContextFactory<SelfHelpDbContext> contexts, IFormService forms, IFormFileStore files, PendingFileDeletions fileDeletions, WorkflowQueue queue, TimeProvider clock)
    : IFormEntryService
{
    public async Task<FormEntry?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return await FormEntryReader.ReadAsync(db, id, cancellationToken);
    }

    public async Task<Paged<FormEntry>> ListAsync(FormEntryQuery query, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var rows = Filter(db, query);
        var total = await rows.CountAsync(cancellationToken);
        return new Paged<FormEntry>(total, await ReadAsync(db, rows.Skip(page.Skip).Take(page.Take), cancellationToken));
    }

    public async IAsyncEnumerable<FormEntry> StreamAsync(FormEntryQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Keyset batches (created, id) rather than one open reader, so a long export holds no read transaction open on SQLite.
        const int batch = 500;
        DateTime? lastCreated = null;
        var lastId = Guid.Empty;
        while (true)
        {
            await using var db = contexts.CreateDbContext();
            IQueryable<FormEntryEntity> rows = Filter(db, query);
            if (lastCreated is { } created)
            {
                rows = rows.Where(e => e.CreatedUtc < created || (e.CreatedUtc == created && e.Id.CompareTo(lastId) < 0));
            }
            var page = await ReadAsync(db, rows.Take(batch), cancellationToken);
            foreach (var entry in page)
            {
                yield return entry;
            }
            if (page.Count < batch)
            {
                yield break;
            }
            (lastCreated, lastId) = (page[^1].CreatedUtc, page[^1].Id);
        }
    }

    private static IOrderedQueryable<FormEntryEntity> Filter(SelfHelpDbContext db, FormEntryQuery query)
    {
        var rows = db.FormEntries.AsNoTracking().Where(e => e.FormKey == query.FormKey);
        if (query.State is { } state)
        {
            rows = rows.Where(e => e.State == state);
        }
        if (query.FromUtc is { } from)
        {
            rows = rows.Where(e => e.CreatedUtc >= from);
        }
        if (query.ToUtc is { } to)
        {
            rows = rows.Where(e => e.CreatedUtc < to);
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim().ToLowerInvariant();
            rows = rows.Where(e => e.SearchText.Contains(search));
        }
        return rows.OrderByDescending(e => e.CreatedUtc).ThenByDescending(e => e.Id);
    }

    private static async Task<IReadOnlyList<FormEntry>> ReadAsync(SelfHelpDbContext db, IQueryable<FormEntryEntity> rows, CancellationToken cancellationToken)
    {
        var page = await rows.ToListAsync(cancellationToken);
        var ids = page.Select(e => e.Id).ToList();
        var fileRows = await db.FormEntryFiles.AsNoTracking().Where(f => ids.Contains(f.EntryId)).ToListAsync(cancellationToken);
        return page.Select(e => FormEntryReader.ToModel(e, fileRows.Where(f => f.EntryId == e.Id))).ToList();
    }

    public async Task<OperationResult> SetStateAsync(Guid id, FormEntryState state, string userName, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var db = contexts.CreateDbContext())
        {
            var row = await db.FormEntries.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (row is null)
            {
                return OperationResult.Fail(OperationStatus.NotFound, "No such entry.");
            }
            if (row.State == state)
            {
                return OperationResult.Success();
            }
            var previous = row.State;
            row.State = state;
            row.StateChangedBy = userName;
            row.StateChangedUtc = now;
            row.UpdatedUtc = now;
            db.FormEntryAudit.Add(new FormEntryAuditEntity { EntryId = id, Date = now, UserName = userName, Action = state.ToString().ToLowerInvariant(), Detail = $"was {previous}" });
            if (state is FormEntryState.Approved or FormEntryState.Rejected && await forms.GetAsync(row.FormKey, cancellationToken) is { } form)
            {
                queue.Enqueue(db, form, id, state == FormEntryState.Approved ? WorkflowStage.Approved : WorkflowStage.Rejected, now);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        queue.Signal();
        return OperationResult.Success();
    }

    public async Task<IReadOnlyList<FormEntryAuditLine>> GetAuditAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.FormEntryAudit.AsNoTracking().Where(a => a.EntryId == id).OrderBy(a => a.Id)
            .Select(a => new FormEntryAuditLine(a.Date, a.UserName, a.Action, a.Detail)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FormWorkflowJobInfo>> GetWorkflowsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.FormWorkflowJobs.AsNoTracking().Where(j => j.EntryId == id).OrderBy(j => j.Stage).ThenBy(j => j.SortOrder)
            .Select(j => new FormWorkflowJobInfo(j.Id, j.WorkflowName, j.Stage, j.Status, j.Attempts, j.NextAttemptUtc, j.LastError)).ToListAsync(cancellationToken);
    }

    public async Task<OperationResult> RetryWorkflowAsync(Guid jobId, string userName, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var db = contexts.CreateDbContext())
        {
            var job = await db.FormWorkflowJobs.FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);
            if (job is null)
            {
                return OperationResult.Fail(OperationStatus.NotFound, "No such workflow job.");
            }
            if (job.Status != WorkflowJobStatus.Failed)
            {
                return OperationResult.Fail(OperationStatus.NotAllowed, "Only a failed workflow can be retried.");
            }
            job.Status = WorkflowJobStatus.Pending;
            job.Attempts = 0;
            job.NextAttemptUtc = now;
            job.CompletedUtc = null;
            db.FormEntryAudit.Add(new FormEntryAuditEntity { EntryId = job.EntryId, Date = now, UserName = userName, Action = "workflow retried", Detail = job.WorkflowName });
            await db.SaveChangesAsync(cancellationToken);
        }
        queue.Signal();
        return OperationResult.Success();
    }

    public async Task<(FormEntryFile File, Stream Content)?> OpenFileAsync(Guid entryId, Guid fileId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.FormEntryFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.EntryId == entryId, cancellationToken);
        if (row is null || await files.OpenReadAsync(row.StoragePath, cancellationToken) is not { } stream)
        {
            return null;
        }
        return (new FormEntryFile(row.Id, row.FieldAlias, row.FileName, row.ContentType, row.Length), stream);
    }

    public async Task<OperationResult> EraseAsync(Guid id, string userName, CancellationToken cancellationToken = default)
    {
        await using (var db = contexts.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await db.FormEntries.AnyAsync(e => e.Id == id, cancellationToken))
            {
                return OperationResult.Fail(OperationStatus.NotFound, "No such entry.");
            }
            await EntryEraser.EraseAsync(db, [id], includeRecords: true, clock.GetUtcNow().UtcDateTime, cancellationToken);
            db.FormEntryAudit.Add(new FormEntryAuditEntity { EntryId = id, Date = clock.GetUtcNow().UtcDateTime, UserName = userName, Action = "erased" });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await fileDeletions.RunAsync(cancellationToken);
        return OperationResult.Success();
    }
}
