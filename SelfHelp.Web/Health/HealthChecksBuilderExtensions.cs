namespace SelfHelp.Web.Health;

/// <summary>Registers the checks behind <c>/healthz</c>: storage answers, the published cache is built and the public search index is ready (Degraded while it is rebuilt).</summary>
public static class HealthChecksBuilderExtensions
{
    public static IHostApplicationBuilder AddSelfHelpHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<PublishedCacheHealthCheck>("published-cache")
            .AddCheck<SearchIndexHealthCheck>("search-index");
        return builder;
    }
}
