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

    /// <summary>When the next waiting job becomes due (its retry time, or the end of a dead worker's claim); null when none waits.</summary>
    Task<DateTime?> NextDueAsync(CancellationToken cancellationToken = default);
}

internal sealed class WorkflowRunner(
    IDbContextFactory<SelfHelpDbContext> contexts,
    IFormService forms,
    IEnumerable<IFormWorkflowType> types,
    WorkflowLeases leases,
    TimeProvider clock,
    IOptions<SelfHelpFormsOptions> options,
    ILogger<WorkflowRunner> logger) : IFormWorkflowRunner
{
    private static readonly TimeSpan LongestDelay = TimeSpan.FromHours(1);

    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var attempts = 0;
        while (true)
        {
            var ran = 0;
            foreach (var job in await DueAsync(cancellationToken))
            {
                if (await leases.ClaimAsync(job.Id, cancellationToken) is { } lease)
                {
                    await using (lease)
                    {
                        await RunAsync(job, lease, cancellationToken);
                    }
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

    /// <summary>
    /// Runs one pending job now, ahead of its turn, for someone waiting on its outcome (an editor approving an entry
    /// into a draft); false when there is no such pending job or another worker holds it.
    /// </summary>
    internal async Task<bool> RunNowAsync(Guid jobId, CancellationToken cancellationToken)
    {
        if (await leases.ClaimAsync(jobId, cancellationToken) is not { } lease)
        {
            return false;
        }
        await using (lease)
        {
            FormWorkflowJobEntity job;
            await using (var db = contexts.CreateDbContext())
            {
                job = await db.FormWorkflowJobs.AsNoTracking().FirstAsync(j => j.Id == jobId, cancellationToken);
            }
            await RunAsync(job, lease, cancellationToken);
        }
        return true;
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

    public async Task<DateTime?> NextDueAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var waiting = await db.FormWorkflowJobs.AsNoTracking()
            .Where(j => j.Status == WorkflowJobStatus.Pending)
            .Select(j => new { j.NextAttemptUtc, j.LockedUntilUtc })
            .ToListAsync(cancellationToken);
        return waiting.Count == 0 ? null : waiting.Min(j => j.LockedUntilUtc > j.NextAttemptUtc ? j.LockedUntilUtc.Value : j.NextAttemptUtc);
    }

    private async Task RunAsync(FormWorkflowJobEntity job, WorkflowLease lease, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow().UtcDateTime;
        var attempt = job.Attempts + 1;
        WorkflowResult result;
        using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
        try
        {
            result = await ExecuteAsync(job, attempt, running.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !running.IsCancellationRequested)
        {
            result = WorkflowResult.Failure(WorkflowErrorText.Describe(e));
        }
        if (lease.Lost.IsCancellationRequested)
        {
            // Another worker took the job after this one's claim ran out: it records the outcome, not this one.
            logger.LogWarning("Workflow job {Job} for entry {Entry} was taken over by another worker.", job.Id, job.EntryId);
            return;
        }
        result = result with { Message = WorkflowErrorText.Redact(result.Message) };
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
        return await type.ExecuteAsync(new WorkflowContext { Form = form, Workflow = workflow, Entry = entry, Stage = job.Stage, Attempt = attempt, IdempotencyKey = job.Id },
            cancellationToken);
    }

    private TimeSpan Backoff(int attempt)
    {
        var delay = options.Value.WorkflowRetryDelay * Math.Pow(2, Math.Min(attempt - 1, 16));
        return delay < LongestDelay ? delay : LongestDelay;
    }
}
