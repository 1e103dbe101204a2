using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Forms.Workflows;

/// <summary>
/// The durable outbox of workflows: jobs are added in the same transaction as the change that causes them (a new
/// entry, an approval), and the runner is woken once that transaction has committed.
/// </summary>
internal sealed class WorkflowQueue
{
    private readonly SemaphoreSlim _signal = new(0, int.MaxValue);

    /// <summary>Adds a job per active workflow of the stage to the (uncommitted) unit of work.</summary>
    public void Enqueue(SelfHelpDbContext db, FormDefinition form, Guid entryId, WorkflowStage stage, DateTime now)
    {
        foreach (var workflow in form.Workflows.Where(w => w.Active && w.ExecutesOn == stage).OrderBy(w => w.SortOrder))
        {
            EnqueueOne(db, workflow, entryId, stage, now);
        }
    }

    /// <summary>Adds a job for one workflow to the (uncommitted) unit of work and answers it.</summary>
    public FormWorkflowJobEntity EnqueueOne(SelfHelpDbContext db, FormWorkflow workflow, Guid entryId, WorkflowStage stage, DateTime now)
    {
        var job = new FormWorkflowJobEntity
        {
            Id = Guid.NewGuid(), EntryId = entryId, WorkflowId = workflow.Id, WorkflowName = workflow.Name, WorkflowTypeId = workflow.WorkflowTypeId,
            Stage = stage, SortOrder = workflow.SortOrder, Status = WorkflowJobStatus.Pending, CreatedUtc = now, NextAttemptUtc = now,
        };
        db.FormWorkflowJobs.Add(job);
        return job;
    }

    /// <summary>Wakes the runner: there is committed work.</summary>
    public void Signal()
    {
        if (_signal.CurrentCount == 0)
        {
            _signal.Release();
        }
    }

    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            await _signal.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed without a signal: look for due retries.
        }
    }
}
