using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Forms.Workflows;

/// <summary>
/// Runs a workflow's side effect at most once per job: the effect is recorded under the job's idempotency key as soon
/// as it has completed, so a re-run after a crash (or a retry after a later step failed) skips what is already done.
/// </summary>
internal sealed class WorkflowEffects(IDbContextFactory<SelfHelpDbContext> contexts, TimeProvider clock)
{
    /// <summary>Runs <paramref name="effect"/> unless it is recorded as done; returns false when it was skipped.</summary>
    public async Task<bool> RunOnceAsync(WorkflowContext context, string effectName, Func<CancellationToken, Task<bool>> effect, CancellationToken cancellationToken)
    {
        var key = context.EffectKey(effectName);
        await using var db = contexts.CreateDbContext();
        if (await db.WorkflowEffects.AnyAsync(e => e.Key == key, cancellationToken))
        {
            return false;
        }
        if (!await effect(cancellationToken))
        {
            return true;
        }
        // Recorded with no cancellation: the effect has happened, and forgetting it would repeat it.
        db.WorkflowEffects.Add(new WorkflowEffectEntity { Key = key, JobId = context.IdempotencyKey, CompletedUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(CancellationToken.None);
        return true;
    }

    /// <summary>Runs an effect that completes or throws.</summary>
    public Task<bool> RunOnceAsync(WorkflowContext context, string effectName, Func<CancellationToken, Task> effect, CancellationToken cancellationToken) =>
        RunOnceAsync(context, effectName, async token => { await effect(token); return true; }, cancellationToken);
}
