using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using SelfHelp.Core;
using SelfHelp.Core.Search;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Web.Health;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Health;

public sealed class HealthTests(SiteHost host) : IClassFixture<SiteHost>
{
    [Fact]
    public async Task Healthz_says_healthy_when_the_database_answers_and_the_cache_is_built()
    {
        await host.Services.GetRequiredService<ISearchIndexRebuilder>().WaitForPendingAsync();
        var response = await host.Client().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_is_unhealthy_until_start_up_has_migrated_storage_and_built_the_cache()
    {
        var root = Directory.CreateTempSubdirectory("selfhelp-health-test-").FullName;
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root, EnvironmentName = "Test" });
            builder.AddSelfHelpCore();
            builder.AddSearch();
            builder.AddSelfHelpHealthChecks();
            using var engine = builder.Build();
            var health = engine.Services.GetRequiredService<HealthCheckService>();

            var before = await health.CheckHealthAsync();
            await engine.StartAsync();
            await engine.Services.GetRequiredService<ISearchIndexRebuilder>().WaitForPendingAsync();
            var after = await health.CheckHealthAsync();
            await engine.StopAsync();

            Assert.Equal(HealthStatus.Unhealthy, before.Entries["database"].Status);
            Assert.Equal(HealthStatus.Unhealthy, before.Entries["published-cache"].Status);
            Assert.Equal(HealthStatus.Healthy, after.Status);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }
}
