using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SelfHelp.Bench.Publish;

/// <summary>The real host (<c>SelfHelp.Web</c>) in-process on Kestrel over loopback, on the benchmark's site folder.</summary>
internal sealed class SiteHost(string siteFolder, string connection, int port) : WebApplicationFactory<Program>
{
    public Uri Address { get; } = new($"http://127.0.0.1:{port}");

    public void Start()
    {
        UseKestrel(port);
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(siteFolder);
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:umbracoDbDSN", connection);
        builder.UseSetting("ConnectionStrings:umbracoDbDSN_ProviderName", "Microsoft.Data.Sqlite");
        builder.UseSetting("uSync:Settings:RootFolder", Path.Combine(siteFolder, "uSync", "v17"));
        builder.UseSetting("uSync:Settings:ExportOnSave", "None");
        builder.UseSetting("Umbraco:CMS:DeliveryApi:Enabled", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // The health checks log every Degraded answer while the index is rebuilt, and the benchmark asks many times.
        builder.UseSetting("Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks", "Error");
    }
}
