using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.Vocabulary;
using SelfHelp.Testing;

namespace SelfHelp.Web.Tests.Testing;

/// <summary>
/// The real host in memory for one test class, on a fresh temp content root with its own SQLite file, uSync folder
/// and DI validation on; a subclass says in <see cref="Setup"/> what its site starts with, and the folder (with
/// anything the host <see cref="Owned{T}">owns</see>) is removed when it is disposed.
/// </summary>
public abstract class TempSiteHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _owned = [];
    private int _disposed;

    protected string Root { get; } = Directory.CreateTempSubdirectory("selfhelp-web-test-").FullName;

    /// <summary>The site's SQLite file (a second node of the same site points at another host's).</summary>
    protected virtual string DatabaseFile => Path.Combine(Root, "SelfHelp.sqlite.db");

    /// <summary>Serve on a real Kestrel port on loopback, so a browser can reach the site at <see cref="BaseAddress"/>.</summary>
    protected virtual bool OnKestrel => false;

    /// <summary>Where a browser reaches the site when it runs <see cref="OnKestrel"/>.</summary>
    public string BaseAddress { get; private set; } = "";

    public IContentService Content => Services.GetRequiredService<IContentService>();

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>What the site starts with beyond an empty uSync folder, no demo content and the Development environment.</summary>
    protected virtual void Setup(SiteSetup site)
    {
    }

    /// <summary>Keeps a resource (an SMTP server, ...) alive as long as the host and disposes of it after the host.</summary>
    protected T Owned<T>(T resource) where T : IAsyncDisposable
    {
        _owned.Add(resource);
        return resource;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var site = new SiteSetup();
        Setup(site);
        var usync = Path.Combine(Root, "uSync", "v17");
        if (site.ShippedUSync && !Directory.Exists(usync))
        {
            RepositoryFiles.CopyFolder(RepositoryFiles.ShippedUSync, usync);
        }
        Directory.CreateDirectory(usync);
        builder.UseContentRoot(Root);
        builder.UseSetting("ConnectionStrings:umbracoDbDSN", $"Data Source={DatabaseFile};Cache=Shared;Foreign Keys=True;Pooling=True");
        builder.UseSetting("ConnectionStrings:umbracoDbDSN_ProviderName", DatabaseOptions.SqliteProvider);
        builder.UseSetting("uSync:Settings:RootFolder", usync);
        builder.UseSetting("SelfHelp:DemoContent:Enabled", site.DemoContent ? "true" : "false");
        UseSiteVocabulary(builder);
        foreach (var (key, value) in site.Settings)
        {
            builder.UseSetting(key, value);
        }
        if (site.Environment is { } environment)
        {
            builder.UseEnvironment(environment);
        }
        builder.UseDefaultServiceProvider(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = true;
        });
    }

    /// <summary>
    /// The site's vocabulary exactly as <c>SelfHelp.Web/appsettings.json</c> configures it: the test content root has no
    /// appsettings of its own, and the facets are the site's data, not the tests'.
    /// </summary>
    private static readonly Lazy<IReadOnlyList<KeyValuePair<string, string?>>> SiteVocabulary = new(() =>
        new ConfigurationBuilder().AddJsonFile(Path.Combine(RepositoryFiles.Root, "SelfHelp.Web", "appsettings.json")).Build()
            .GetSection(VocabularyOptions.Section).AsEnumerable().Where(setting => setting.Value is not null).ToList());

    /// <summary>Configures the site's own facets, as the site reads them from its appsettings.json.</summary>
    public static void UseSiteVocabulary(IWebHostBuilder builder)
    {
        foreach (var (key, value) in SiteVocabulary.Value)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Starts the host: import, seeding and cache build run before the first request.</summary>
    public virtual Task InitializeAsync()
    {
        if (OnKestrel)
        {
            UseKestrel(0);
            StartServer();
            BaseAddress = ClientOptions.BaseAddress.ToString().TrimEnd('/');
        }
        _ = Services;
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    /// <summary>Stops the host, then disposes of what it owns and removes its folder, so <c>await using</c> leaves nothing behind.</summary>
    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        await base.DisposeAsync();
        foreach (var resource in _owned)
        {
            await resource.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file the OS still holds is left for the temp cleaner; no other test reads this folder.
        }
    }
}
