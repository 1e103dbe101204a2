using Microsoft.Extensions.Diagnostics.HealthChecks;
using SelfHelp.Core.PublishedCache;

namespace SelfHelp.Web.Health;

/// <summary>Healthy once the published cache has been built from storage (generation 0 is the empty placeholder before that).</summary>
internal sealed class PublishedCacheHealthCheck(IPublishedContentCache cache) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = cache.Current;
        return Task.FromResult(snapshot.Generation > 0
            ? HealthCheckResult.Healthy($"The published cache holds {snapshot.Count} items (generation {snapshot.Generation}).")
            : HealthCheckResult.Unhealthy("The published cache has not been built yet."));
    }
}
