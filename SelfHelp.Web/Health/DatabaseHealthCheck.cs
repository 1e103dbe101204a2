using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Web.Health;

/// <summary>Healthy when the database answers a query against the engine's schema (so a reachable but empty database fails too).</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<SelfHelpDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = contexts.CreateDbContext();
            var languages = await db.Languages.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"The database answers ({languages} languages).");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Any storage failure (unreachable server, missing file, missing tables) is what this check exists to report.
            return HealthCheckResult.Unhealthy("The database does not answer.", exception);
        }
    }
}
