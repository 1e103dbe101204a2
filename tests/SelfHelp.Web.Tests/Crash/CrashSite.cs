using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SelfHelp.Core.Forms.Workflows;
using SelfHelp.Core.Persistence;
using SelfHelp.Testing;

namespace SelfHelp.Web.Tests.Crash;

/// <summary>
/// The real site as a separate process (<c>dotnet SelfHelp.Web.dll</c> from the web project's build output) on its own
/// temp content root, database and loopback port, outside Development, so a test can kill it and start it again on
/// the same files.
/// </summary>
public sealed class CrashSite : IAsyncDisposable
{
    public const string ApiKey = "crash-test-forms-api-key-0123456789";
    private const string PostgreSqlVariable = "SELFHELP_TEST_POSTGRES";

    private readonly string _root = Directory.CreateTempSubdirectory("selfhelp-crash-test-").FullName;
    private readonly string _provider;
    private readonly string _connectionString;
    private readonly string? _postgresDatabase;
    private readonly int _smtpPort;
    private Process? _process;
    private Observations<string> _output = new();

    private CrashSite(string provider, int smtpPort)
    {
        _provider = provider;
        _smtpPort = smtpPort;
        Port = FreePort();
        if (provider == DatabaseOptions.PostgreSqlProvider)
        {
            _postgresDatabase = "selfhelp_crash_" + Guid.NewGuid().ToString("N")[..12];
            _connectionString = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgreSqlVariable)) { Database = _postgresDatabase }.ConnectionString;
        }
        else
        {
            _connectionString = $"Data Source={Path.Combine(_root, "SelfHelp.sqlite.db")};Cache=Shared;Foreign Keys=True;Pooling=True";
        }
    }

    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>A site on the given storage (skipped for PostgreSQL without a server), not yet started.</summary>
    public static CrashSite Create(string provider, int smtpPort)
    {
        Skip.If(provider == DatabaseOptions.PostgreSqlProvider && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgreSqlVariable)),
            $"No PostgreSQL server: set {PostgreSqlVariable} to run this case.");
        var site = new CrashSite(provider, smtpPort);
        var web = WebOutput();
        RepositoryFiles.CopyFolder(RepositoryFiles.ShippedUSync, Path.Combine(site._root, "uSync", "v17"));
        File.Copy(Path.Combine(web, "appsettings.json"), Path.Combine(site._root, "appsettings.json"));
        return site;
    }

    /// <summary>Starts the process, waits for the host to say it has started (or fails if it exits or takes too long), and checks <c>/healthz</c>.</summary>
    public async Task StartAsync(TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(WebOutput(), "SelfHelp.Web.dll"));
        foreach (var (key, value) in Settings())
        {
            start.ArgumentList.Add($"--{key}={value}");
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        // The host logs "Application started" once its start-up steps have run and Kestrel listens: the event waited on.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = _output = new Observations<string>();
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }
            output.Add(line.Data);
            if (line.Data.Contains("Application started", StringComparison.Ordinal))
            {
                started.TrySetResult();
            }
        };
        _process.ErrorDataReceived += (_, _) => { }; // drained so a full pipe never blocks the site
        _process.Exited += (_, _) => started.TrySetException(new InvalidOperationException("The site exited before it started."));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await started.Task.WaitAsync(timeout);

        using var client = new HttpClient { BaseAddress = BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    /// <summary>Waits for the running site to log that its workflow outbox is empty: no job of any entry still waits.</summary>
    public Task WaitForEmptyOutboxAsync(TimeSpan timeout) =>
        _output.WaitForAsync(line => line.Contains(WorkflowRunnerService.OutboxEmptyMessage, StringComparison.Ordinal), timeout);

    /// <summary>SIGKILL: the process gets no chance to finish anything.</summary>
    public async Task KillAsync()
    {
        _process!.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>A context on the site's database, to read what it stored.</summary>
    public SelfHelpDbContext Database() => _provider == DatabaseOptions.PostgreSqlProvider
        ? new PostgreSqlSelfHelpDbContext(new DbContextOptionsBuilder<PostgreSqlSelfHelpDbContext>().UseNpgsql(_connectionString).Options)
        : new SqliteSelfHelpDbContext(new DbContextOptionsBuilder<SqliteSelfHelpDbContext>().UseSqlite(_connectionString).Options);

    private Dictionary<string, string> Settings() => new()
    {
        ["urls"] = BaseAddress.ToString().TrimEnd('/'),
        ["contentRoot"] = _root,
        ["ConnectionStrings:umbracoDbDSN"] = _connectionString,
        ["ConnectionStrings:umbracoDbDSN_ProviderName"] = _provider,
        ["uSync:Settings:RootFolder"] = Path.Combine(_root, "uSync", "v17"),
        ["uSync:Settings:ExportOnSave"] = "None",
        ["SelfHelp:DemoContent:Enabled"] = "false",
        ["SelfHelp:Smtp:Host"] = "127.0.0.1",
        ["SelfHelp:Smtp:Port"] = _smtpPort.ToString(),
        ["SelfHelp:Smtp:Security"] = "None",
        ["SelfHelp:Smtp:FromAddress"] = "forms@selfhelp.example",
        ["SelfHelp:Forms:Recipients:moderators"] = "stories@selfhelp.example",
        ["SelfHelp:Forms:Recipients:coordinators"] = "volunteers@selfhelp.example",
        ["SelfHelp:Forms:Recipients:relay"] = "relay@selfhelp.example",
        // One client posts the whole burst; a short claim lets the restarted site take over the killed one's jobs quickly.
        ["SelfHelp:Forms:RateLimit:PermitLimit"] = "100000",
        ["SelfHelp:Forms:WorkflowLease"] = "00:00:03",
        ["Umbraco:Forms:Options:EnableFormsApi"] = "true",
        ["Umbraco:Forms:Security:FormsApiKey"] = ApiKey,
    };

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await KillAsync();
        }
        SqliteConnection.ClearAllPools();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var server = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgreSqlVariable));
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }
        Directory.Delete(_root, recursive: true);
    }

    // The web project's own output (with its runtimeconfig), built in the same configuration as these tests.
    private static string WebOutput()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var output = Path.Combine(RepositoryFiles.Root, "SelfHelp.Web", "bin", configuration, "net10.0");
        Assert.True(File.Exists(Path.Combine(output, "SelfHelp.Web.dll")), $"Build the web project first: {output} has no SelfHelp.Web.dll.");
        return output;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
