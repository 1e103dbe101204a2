using Microsoft.Extensions.Diagnostics.HealthChecks;
using SelfHelp.Core.Search.Indexing;

namespace SelfHelp.Web.Health;

/// <summary>Degraded while the public search index is rebuilt (the site serves pages, but search answers 503 until it is ready).</summary>
internal sealed class SearchIndexHealthCheck(ISearchReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady(IndexNames.External)
            ? HealthCheckResult.Healthy("The public search index is ready.")
            : HealthCheckResult.Degraded("The public search index is being rebuilt."));
}
