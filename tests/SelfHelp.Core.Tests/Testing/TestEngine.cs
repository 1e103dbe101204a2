using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using SelfHelp.Core.Audit;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Languages;
using SelfHelp.Core.Media;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.PublishedCache;

namespace SelfHelp.Core.Tests.Testing;

/// <summary>
/// The real engine on real storage for one test: a fresh temp folder with its own SQLite file (or a fresh
/// PostgreSQL database when asked), the start-up steps run, and a controllable clock.
/// </summary>
public sealed class TestEngine : IAsyncDisposable
{
    /// <summary>A PostgreSQL server to test against (CI always sets it), e.g. "Host=localhost;Username=postgres;Password=postgres".</summary>
    public const string PostgreSqlVariable = "SELFHELP_TEST_POSTGRES";

    private readonly IHost _host;
    private readonly string? _postgresDatabase;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IHostApplicationBuilder>? _configure;
    private bool _handedOver;
    private bool _ownsStorage = true;

    private TestEngine(IHost host, string folder, string? postgresDatabase, Dictionary<string, string?> settings, Action<IHostApplicationBuilder>? configure)
    {
        _host = host;
        Folder = folder;
        _postgresDatabase = postgresDatabase;
        _settings = settings;
        _configure = configure;
    }

    public string Folder { get; }
    public IServiceProvider Services => _host.Services;
    public FakeTimeProvider Clock => Services.GetRequiredService<FakeTimeProvider>();
    public IContentService Content => Services.GetRequiredService<IContentService>();
    public IMediaService Media => Services.GetRequiredService<IMediaService>();
    public IContentTypeService ContentTypes => Services.GetRequiredService<IContentTypeService>();
    public IDataTypeService DataTypes => Services.GetRequiredService<IDataTypeService>();
    public ILanguageService Languages => Services.GetRequiredService<ILanguageService>();
    public IPublishedContentCache Cache => Services.GetRequiredService<IPublishedContentCache>();
    public IAuditService Audit => Services.GetRequiredService<IAuditService>();

    /// <summary>Starts an engine with <see cref="TestSchema"/> installed.</summary>
    public static async Task<TestEngine> StartAsync(string provider = DatabaseOptions.SqliteProvider, Action<IHostApplicationBuilder>? configure = null)
    {
        var engine = await StartEmptyAsync(provider, configure);
        await TestSchema.InstallAsync(engine.Languages, engine.DataTypes, engine.ContentTypes);
        return engine;
    }

    /// <summary>Starts an engine with no languages or types, for tests that bring their own (uSync, demo content).</summary>
    public static async Task<TestEngine> StartEmptyAsync(string provider = DatabaseOptions.SqliteProvider, Action<IHostApplicationBuilder>? configure = null)
    {
        Skip.If(provider == DatabaseOptions.PostgreSqlProvider && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgreSqlVariable)),
            $"No PostgreSQL server: set {PostgreSqlVariable} to run this case.");
        var folder = Directory.CreateTempSubdirectory("selfhelp-test-").FullName;
        string? database = null;
        var settings = new Dictionary<string, string?>();
        if (provider == DatabaseOptions.PostgreSqlProvider)
        {
            var server = Environment.GetEnvironmentVariable(PostgreSqlVariable)!;
            database = "selfhelp_test_" + Guid.NewGuid().ToString("N")[..12];
            settings["ConnectionStrings:umbracoDbDSN"] = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
            settings["ConnectionStrings:umbracoDbDSN_ProviderName"] = DatabaseOptions.PostgreSqlProvider;
        }
        try
        {
            var host = await StartHostAsync(folder, settings, configure);
            return new TestEngine(host, folder, database, settings, configure);
        }
        catch
        {
            await DeleteStorageAsync(folder, database);
            throw;
        }
    }

    /// <summary>
    /// Stops this engine and starts a new one on the same folder and storage, as a site restart does; the callback
    /// may change files while it is down, the new engine's clock may start later and its configuration may change.
    /// </summary>
    public async Task<TestEngine> RestartAsync(Action<string>? whileStopped = null, DateTimeOffset? now = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        await _host.StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _handedOver = true;
        whileStopped?.Invoke(Folder);
        var changed = new Dictionary<string, string?>(_settings);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            changed[key] = value;
        }
        var host = await StartHostAsync(Folder, changed, _configure, now);
        return new TestEngine(host, Folder, _postgresDatabase, changed, _configure);
    }

    /// <summary>
    /// Starts a second engine on this one's storage while it runs, as another web node or process would: its own
    /// services and locks, and on SQLite its own connection cache (no shared cache with this one). Disposing it
    /// leaves the storage to this engine. It starts without the test vocabulary: the types this engine installed need not
    /// carry the facets' properties, and a site that starts with types checks its vocabulary against them.
    /// </summary>
    public async Task<TestEngine> StartPeerAsync(Action<IHostApplicationBuilder>? configure = null)
    {
        var settings = new Dictionary<string, string?>(_settings);
        if (_postgresDatabase is null)
        {
            settings["ConnectionStrings:umbracoDbDSN"] = "Data Source=|DataDirectory|/SelfHelp.sqlite.db;Cache=Private;Foreign Keys=True;Pooling=True";
        }
        var host = await StartHostAsync(Folder, settings, configure, withVocabulary: false);
        return new TestEngine(host, Folder, _postgresDatabase, settings, configure) { _ownsStorage = false };
    }

    private static async Task<IHost> StartHostAsync(string folder, Dictionary<string, string?> settings, Action<IHostApplicationBuilder>? configure, DateTimeOffset? now = null, bool withVocabulary = true)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder, EnvironmentName = "Test" });
        if (withVocabulary)
        {
            builder.Configuration.AddInMemoryCollection(TestVocabulary.Settings);
        }
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddSelfHelpCore();
        var clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<TimeProvider>(clock);
        configure?.Invoke(builder);
        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            // A start-up that fails (tests of broken configuration do this on purpose) leaves no host running.
            host.Dispose();
            throw;
        }
        return host;
    }

    /// <summary>Creates and publishes a root "site" item.</summary>
    public async Task<ContentItem> PublishSiteAsync(string name = "Site")
    {
        var site = await Content.CreateAsync(name, ContentItem.RootId, "site");
        return Succeeded(await Content.PublishAsync(site, ["*"]));
    }

    /// <summary>Creates a "page" with a name and title in the given cultures, saved but not published.</summary>
    public async Task<ContentItem> SavePageAsync(int parentId, string englishName, string? chineseName = null)
    {
        var page = await Content.CreateAsync(englishName, parentId, "page", TestSchema.English);
        page.SetValue("title", englishName + " title", TestSchema.English);
        if (chineseName is not null)
        {
            page.SetName(chineseName, TestSchema.Chinese);
            page.SetValue("title", chineseName + "標題", TestSchema.Chinese);
        }
        return Succeeded(await Content.SaveAsync(page));
    }

    public static T Succeeded<T>(OperationResult<T> result)
    {
        Assert.True(result.Succeeded, $"{result.Status}: {result.Message} {string.Join("; ", result.Errors.Select(e => $"{e.Alias}/{e.Culture}: {e.Message}"))}");
        return result.Value!;
    }

    public static void Succeeded(OperationResult result) =>
        Assert.True(result.Succeeded, $"{result.Status}: {result.Message}");

    public async ValueTask DisposeAsync()
    {
        if (_handedOver)
        {
            return;
        }
        await _host.StopAsync();
        _host.Dispose();
        if (_ownsStorage)
        {
            await DeleteStorageAsync(Folder, _postgresDatabase);
        }
    }

    private static async Task DeleteStorageAsync(string folder, string? postgresDatabase)
    {
        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgreSqlVariable));
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left for the temp cleaner; it never affects another test.
        }
    }
}
