namespace SelfHelp.Web.Health;

/// <summary>Registers the checks behind <c>/healthz</c>: storage answers and the published cache is built.</summary>
public static class HealthChecksBuilderExtensions
{
    public static IHostApplicationBuilder AddSelfHelpHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<PublishedCacheHealthCheck>("published-cache");
        return builder;
    }
}
