using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Forms.Workflows;

/// <summary>
/// Short claims on workflow jobs, renewed while the job runs: a claim that runs out means its worker died, so another
/// worker (or the restarted process) takes the job within <see cref="SelfHelpFormsOptions.WorkflowLease"/>.
/// </summary>
internal sealed class WorkflowLeases(IDbContextFactory<SelfHelpDbContext> contexts, TimeProvider clock, IOptions<SelfHelpFormsOptions> options)
{
    /// <summary>Raised after each renewal with the job id, for whoever watches the heartbeat (tests, diagnostics).</summary>
    public event Action<Guid>? Renewed;

    /// <summary>One conditional update: whichever worker (or node) sets the claim first holds it; null when another holds it.</summary>
    public async Task<WorkflowLease?> ClaimAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = Until(now);
        await using var db = contexts.CreateDbContext();
        var claimed = await db.FormWorkflowJobs
            .Where(j => j.Id == jobId && j.Status == WorkflowJobStatus.Pending && (j.LockedUntilUtc == null || j.LockedUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LockedUntilUtc, until), cancellationToken) == 1;
        return claimed ? new WorkflowLease(this, jobId, until, clock, options.Value.WorkflowLease / 3) : null;
    }

    // Renews only the claim this worker still holds (the expiry it last wrote); null when it was lost to another worker.
    internal async Task<DateTime?> RenewAsync(Guid jobId, DateTime held, CancellationToken cancellationToken)
    {
        var until = Until(clock.GetUtcNow().UtcDateTime);
        await using var db = contexts.CreateDbContext();
        var renewed = await db.FormWorkflowJobs
            .Where(j => j.Id == jobId && j.LockedUntilUtc == held)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LockedUntilUtc, until), cancellationToken) == 1;
        if (renewed)
        {
            Renewed?.Invoke(jobId);
        }
        return renewed ? until : null;
    }

    // Whole milliseconds: PostgreSQL keeps microseconds, so a finer time would not compare equal when read back.
    private DateTime Until(DateTime now)
    {
        var until = now + options.Value.WorkflowLease;
        return new DateTime(until.Ticks - until.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
    }
}

/// <summary>A held claim on a job: renewed on a heartbeat until disposed; <see cref="Lost"/> fires if another worker took it.</summary>
internal sealed class WorkflowLease : IAsyncDisposable
{
    private readonly WorkflowLeases _leases;
    private readonly Guid _jobId;
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _lost = new();
    private readonly Task _heartbeat;
    private DateTime _held;

    public WorkflowLease(WorkflowLeases leases, Guid jobId, DateTime held, TimeProvider clock, TimeSpan interval)
    {
        _leases = leases;
        _jobId = jobId;
        _held = held;
        _heartbeat = BeatAsync(clock, interval);
    }

    /// <summary>Cancelled when the claim could not be renewed: the job is no longer this worker's to finish.</summary>
    public CancellationToken Lost => _lost.Token;

    private async Task BeatAsync(TimeProvider clock, TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                if (await _leases.RenewAsync(_jobId, _held, _stop.Token) is not { } renewed)
                {
                    await _lost.CancelAsync();
                    return;
                }
                _held = renewed;
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The job finished: its final update releases the claim.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _heartbeat;
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
            // A renewal that failed while stopping changes nothing: the claim is released by the job's final update.
        }
        _stop.Dispose();
        _lost.Dispose();
    }
}
