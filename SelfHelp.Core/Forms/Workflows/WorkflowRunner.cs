using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Forms.Workflows;

/// <summary>Runs the workflows that are due: each claimed, run, its attempt audited, then marked done or rescheduled.</summary>
public interface IFormWorkflowRunner
{
    /// <summary>Runs every job due now (and those that become due as earlier ones finish); returns how many attempts were made.</summary>
    Task<int> RunDueAsync(CancellationToken cancellationToken = default);
}

internal sealed class WorkflowRunner(
    IDbContextFactory<SelfHelpDbContext> contexts,
    IFormService forms,
    IEnumerable<IFormWorkflowType> types,
    TimeProvider clock,
    IOptions<SelfHelpFormsOptions> options,
    ILogger<WorkflowRunner> logger) : IFormWorkflowRunner
{
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromHours(1);

    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var attempts = 0;
        while (true)
        {
            var ran = 0;
            foreach (var job in await DueAsync(cancellationToken))
            {
                if (await ClaimAsync(job.Id, cancellationToken))
                {
                    await RunAsync(job, cancellationToken);
                    ran++;
                }
            }
            attempts += ran;
            if (ran == 0)
            {
                return attempts;
            }
        }
    }

    // Due jobs whose earlier workflows (same entry and stage) are finished: a confirmation email waits for the registration.
    private async Task<List<FormWorkflowJobEntity>> DueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        var due = await db.FormWorkflowJobs.AsNoTracking()
            .Where(j => j.Status == WorkflowJobStatus.Pending && j.NextAttemptUtc <= now && (j.LockedUntilUtc == null || j.LockedUntilUtc < now))
            .OrderBy(j => j.CreatedUtc).ThenBy(j => j.SortOrder)
            .Take(50)
            .ToListAsync(cancellationToken);
        var entries = due.Select(j => j.EntryId).Distinct().ToList();
        var waiting = await db.FormWorkflowJobs.AsNoTracking()
            .Where(j => entries.Contains(j.EntryId) && j.Status == WorkflowJobStatus.Pending)
            .Select(j => new { j.EntryId, j.Stage, j.SortOrder, j.Id })
            .ToListAsync(cancellationToken);
        return due.Where(job => !waiting.Any(w => w.EntryId == job.EntryId && w.Id != job.Id
                && (w.Stage < job.Stage || (w.Stage == job.Stage && w.SortOrder < job.SortOrder))))
            .ToList();
    }

    // One conditional update: whichever runner (or node) sets the lock first runs the job; the others skip it.
    private async Task<bool> ClaimAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + ClaimFor;
        await using var db = contexts.CreateDbContext();
        return await db.FormWorkflowJobs
            .Where(j => j.Id == id && j.Status == WorkflowJobStatus.Pending && (j.LockedUntilUtc == null || j.LockedUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LockedUntilUtc, until), cancellationToken) == 1;
    }

    private async Task RunAsync(FormWorkflowJobEntity job, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow().UtcDateTime;
        var attempt = job.Attempts + 1;
        WorkflowResult result;
        try
        {
            result = await ExecuteAsync(job, attempt, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            result = WorkflowResult.Failure($"{e.GetType().Name}: {e.Message}");
        }
        var finished = clock.GetUtcNow().UtcDateTime;
        var giveUp = !result.Succeeded && attempt >= options.Value.MaxWorkflowAttempts;
        await using var db = contexts.CreateDbContext();
        var row = await db.FormWorkflowJobs.FirstAsync(j => j.Id == job.Id, cancellationToken);
        row.Attempts = attempt;
        row.LockedUntilUtc = null;
        row.LastError = result.Succeeded ? null : result.Message;
        row.Status = result.Succeeded ? WorkflowJobStatus.Succeeded : giveUp ? WorkflowJobStatus.Failed : WorkflowJobStatus.Pending;
        row.CompletedUtc = result.Succeeded || giveUp ? finished : null;
        row.NextAttemptUtc = result.Succeeded ? row.NextAttemptUtc : finished + Backoff(attempt);
        db.FormWorkflowAttempts.Add(new FormWorkflowAttemptEntity
        {
            JobId = job.Id, EntryId = job.EntryId, Attempt = attempt, StartedUtc = started, FinishedUtc = finished, Succeeded = result.Succeeded, Message = result.Message,
        });
        if (await db.FormEntries.AnyAsync(e => e.Id == job.EntryId, cancellationToken))
        {
            db.FormEntryAudit.Add(new FormEntryAuditEntity
            {
                EntryId = job.EntryId, Date = finished, UserName = "workflow",
                Action = result.Succeeded ? "workflow succeeded" : giveUp ? "workflow failed" : "workflow will retry",
                Detail = $"{job.WorkflowName} (attempt {attempt}): {result.Message}",
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        var level = result.Succeeded ? LogLevel.Information : giveUp ? LogLevel.Error : LogLevel.Warning;
        logger.Log(level, "Workflow {Workflow} for entry {Entry}, attempt {Attempt}: {Message}", job.WorkflowName, job.EntryId, attempt, result.Message);
    }

    private async Task<WorkflowResult> ExecuteAsync(FormWorkflowJobEntity job, int attempt, CancellationToken cancellationToken)
    {
        FormEntry? entry;
        await using (var db = contexts.CreateDbContext())
        {
            entry = await FormEntryReader.ReadAsync(db, job.EntryId, cancellationToken);
        }
        if (entry is null)
        {
            return WorkflowResult.Success("skipped: the entry no longer exists (erased or past its retention).");
        }
        if (entry.State == FormEntryState.Spam || (job.Stage != WorkflowStage.Submitted && entry.State != (job.Stage == WorkflowStage.Approved ? FormEntryState.Approved : FormEntryState.Rejected)))
        {
            return WorkflowResult.Success($"skipped: the entry is now {entry.State}.");
        }
        var form = await forms.GetAsync(entry.FormKey, cancellationToken);
        var workflow = form?.Workflows.FirstOrDefault(w => w.Id == job.WorkflowId);
        if (form is null || workflow is null)
        {
            return WorkflowResult.Success("skipped: the workflow is no longer on the form.");
        }
        var type = types.FirstOrDefault(t => t.Id == workflow.WorkflowTypeId);
        if (type is null)
        {
            return WorkflowResult.Failure($"no workflow type {workflow.WorkflowTypeId} is registered.");
        }
        return await type.ExecuteAsync(new WorkflowContext { Form = form, Workflow = workflow, Entry = entry, Stage = job.Stage, Attempt = attempt }, cancellationToken);
    }

    private TimeSpan Backoff(int attempt)
    {
        var delay = options.Value.WorkflowRetryDelay * Math.Pow(2, Math.Min(attempt - 1, 16));
        return delay < LongestDelay ? delay : LongestDelay;
    }
}
