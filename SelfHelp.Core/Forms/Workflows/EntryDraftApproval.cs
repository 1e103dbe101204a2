using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Content;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Workflows.Types;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Forms.Workflows;

/// <summary>Approves an entry (a story, a group listing) straight into the draft document its form saves it as.</summary>
public interface IEntryDraftApproval
{
    /// <summary>
    /// Approves the entry if it is not yet approved and runs its form's Save as content workflow now, rather than when
    /// the runner gets to it, answering the draft's key: the same key on every call, so one entry makes one draft.
    /// </summary>
    Task<OperationResult<Guid>> ApproveIntoDraftAsync(Guid entryId, string userName, CancellationToken cancellationToken = default);
}

internal sealed class EntryDraftApproval(
    IDbContextFactory<SelfHelpDbContext> contexts, IFormEntryService entries, IFormService forms, WorkflowQueue queue, WorkflowRunner runner,
    TimeProvider clock, IOptions<SelfHelpFormsOptions> options) : IEntryDraftApproval
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    public async Task<OperationResult<Guid>> ApproveIntoDraftAsync(Guid entryId, string userName, CancellationToken cancellationToken = default)
    {
        if (await entries.GetAsync(entryId, cancellationToken) is not { } entry)
        {
            return OperationResult<Guid>.From(OperationResult.Fail(OperationStatus.NotFound, "No such entry."));
        }
        var workflow = (await forms.GetAsync(entry.FormKey, cancellationToken))?.Workflows
            .Where(w => w.Active && w.WorkflowTypeId == FormWorkflowTypeIds.SaveAsContentNode).OrderBy(w => w.SortOrder).FirstOrDefault();
        if (workflow is null)
        {
            return OperationResult<Guid>.From(OperationResult.Fail(OperationStatus.NotAllowed, "This form does not save its entries as drafts."));
        }
        if (entry.State != FormEntryState.Approved)
        {
            var approved = await entries.SetStateAsync(entryId, FormEntryState.Approved, userName, cancellationToken);
            if (!approved.Succeeded)
            {
                return OperationResult<Guid>.From(approved);
            }
        }
        // Another worker may hold the job (the runner woke on the approval): wait for it, no longer than its claim lasts.
        var giveUpAt = clock.GetUtcNow() + options.Value.WorkflowLease * 2;
        while (true)
        {
            if (await SavedDraftAsync(entryId, workflow.Id, cancellationToken) is { } saved)
            {
                return OperationResult<Guid>.Success(saved);
            }
            var jobId = await PendingJobAsync(entryId, workflow.Id, cancellationToken) ?? await EnqueueAsync(workflow, entryId, cancellationToken);
            if (await runner.RunNowAsync(jobId, cancellationToken))
            {
                return await SavedDraftAsync(entryId, workflow.Id, cancellationToken) is { } draft
                    ? OperationResult<Guid>.Success(draft)
                    : OperationResult<Guid>.From(OperationResult.Fail(OperationStatus.ValidationFailed,
                        $"The draft could not be saved: {await LastErrorAsync(jobId, cancellationToken)}"));
            }
            if (clock.GetUtcNow() > giveUpAt)
            {
                return OperationResult<Guid>.From(OperationResult.Fail(OperationStatus.ConcurrencyConflict, "The draft is still being saved; try again in a moment."));
            }
            await Task.Delay(Poll, clock, cancellationToken);
        }
    }

    private async Task<Guid?> SavedDraftAsync(Guid entryId, Guid workflowId, CancellationToken cancellationToken)
    {
        var marker = workflowId + ":";
        await using var db = contexts.CreateDbContext();
        var detail = await db.FormEntryAudit.AsNoTracking()
            .Where(a => a.EntryId == entryId && a.Action == SaveAsContentNodeWorkflow.Outcome && a.Detail!.StartsWith(marker))
            .Select(a => a.Detail).FirstOrDefaultAsync(cancellationToken);
        return Guid.TryParse(detail?[marker.Length..], out var key) ? key : null;
    }

    private async Task<Guid?> PendingJobAsync(Guid entryId, Guid workflowId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.FormWorkflowJobs.AsNoTracking()
            .Where(j => j.EntryId == entryId && j.WorkflowId == workflowId && j.Status == WorkflowJobStatus.Pending)
            .OrderBy(j => j.CreatedUtc).Select(j => (Guid?)j.Id).FirstOrDefaultAsync(cancellationToken);
    }

    // The form's own job ran earlier without a draft (skipped while the entry was spam, or given up): a fresh one, at
    // the Approved stage the entry is now in.
    private async Task<Guid> EnqueueAsync(FormWorkflow workflow, Guid entryId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var job = queue.EnqueueOne(db, workflow, entryId, WorkflowStage.Approved, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return job.Id;
    }

    private async Task<string?> LastErrorAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.FormWorkflowJobs.AsNoTracking().Where(j => j.Id == jobId).Select(j => j.LastError).FirstOrDefaultAsync(cancellationToken);
    }
}
