using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SelfHelp.Bench.Delivery;

/// <summary>One measured URL: the Delivery API's figures and the bare-Kestrel baseline's at the same response size.</summary>
internal sealed record Measurement(string Scenario, bool OutputCache, int Bytes, WrkResult Api, WrkResult Baseline)
{
    public double Ratio => Api.RequestsPerSecond / Baseline.RequestsPerSecond;
}

/// <summary>
/// The whole run: seed 10,000 bilingual items, start the real host (Release, loopback) and the baseline, measure item
/// by id, item by path and a filtered, sorted, paged query with wrk, with the output cache on and off; then check that
/// a publish shows at once with no stale answer after it. Prints a Markdown report for bench/README.md.
/// </summary>
internal static class DeliveryBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var site = Directory.CreateTempSubdirectory("selfhelp-bench-delivery-").FullName;
        try
        {
            var usync = Path.Combine(site, "uSync", "v17");
            CopyDirectory(Path.Combine(options.RepositoryRoot, "uSync", "v17"), usync);
            var connection = $"Data Source={Path.Combine(site, "bench.sqlite.db")};Cache=Shared;Foreign Keys=True;Pooling=True";
            Console.WriteLine($"Seeding {options.Items:N0} items into {site} ...");
            var seeded = await SiteSeeder.SeedAsync(site, connection, usync, options.Items);
            // The host reads its settings from its content root, as a deployed site does: the site's vocabulary (the
            // facets the query filters by) is there; the environment below overrides storage and the Delivery API.
            File.Copy(Path.Combine(options.RepositoryRoot, "SelfHelp.Web", "appsettings.json"), Path.Combine(site, "appsettings.json"), overwrite: true);

            var webDll = Path.Combine(options.RepositoryRoot, "SelfHelp.Web", "bin", "Release", "net10.0", "SelfHelp.Web.dll");
            var benchDll = typeof(DeliveryBenchmark).Assembly.Location;
            var basePort = FreePort();
            await using var baseline = await ChildProcess.StartAsync(benchDll, $"baseline {basePort}", $"http://127.0.0.1:{basePort}/healthz", new Dictionary<string, string>());

            var loadBefore = LoadAverage();
            var measurements = new List<Measurement>();
            var baselines = new Dictionary<int, List<WrkResult>>();
            foreach (var outputCache in new[] { true, false })
            {
                var port = FreePort();
                var settings = HostSettings(connection, usync, outputCache);
                await using var host = await ChildProcess.StartAsync(webDll, $"--contentRoot \"{site}\" --urls http://127.0.0.1:{port}", $"http://127.0.0.1:{port}/healthz", settings);
                var api = $"http://127.0.0.1:{port}/umbraco/delivery/api/v2";
                var scenarios = new (string Name, string Url)[]
                {
                    ("Item by id", $"{api}/content/item/{seeded.SampleGroupKey}"),
                    ("Item by path", $"{api}/content/item/{seeded.GroupDirectorySegment}/{seeded.SampleGroupSegment}/"),
                    ("Query: filter + sort + page", $"{api}/content?fetch=children:{seeded.GroupDirectoryKey}&filter=district:shaTin&filter=acceptingNewMembers:true&sort=name:asc&skip=20&take=10"),
                };
                foreach (var (name, url) in scenarios)
                {
                    var bytes = await SizeAsync(url);
                    var baselineUrl = $"http://127.0.0.1:{basePort}/bytes/{bytes}";
                    await Wrk.RunAsync(url, options.Connections, 3);
                    await Wrk.RunAsync(baselineUrl, options.Connections, 3);
                    var apiRuns = new List<WrkResult>();
                    var runs = baselines.TryGetValue(bytes, out var known) ? known : baselines[bytes] = [];
                    for (var run = 0; run < options.Runs; run++)
                    {
                        apiRuns.Add(await Wrk.RunAsync(url, options.Connections, options.DurationSeconds));
                        if (runs.Count < options.Runs)
                        {
                            runs.Add(await Wrk.RunAsync(baselineUrl, options.Connections, options.DurationSeconds));
                        }
                    }
                    var measurement = new Measurement(name, outputCache, bytes, Median(apiRuns), Median(runs));
                    measurements.Add(measurement);
                    Console.WriteLine($"  {(outputCache ? "cache on " : "cache off")} {name}: {measurement.Api.RequestsPerSecond:N0} req/s ({measurement.Ratio:P0} of {measurement.Baseline.RequestsPerSecond:N0}), p50 {measurement.Api.P50Ms:F2} ms, p99 {measurement.Api.P99Ms:F2} ms");
                }
            }

            Console.WriteLine("Checking that a publish shows at once ...");
            await using var check = new PublishVisibilityCheck(HostSettings(connection, usync, outputCache: true), site, FreePort());
            var visibility = await check.RunAsync(seeded);
            Console.WriteLine();
            Console.WriteLine(Report(options, seeded, measurements, visibility, loadBefore));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(site, recursive: true);
            }
            catch (IOException)
            {
                // Left for the temp cleaner.
            }
        }
    }

    private static Dictionary<string, string> HostSettings(string connection, string usync, bool outputCache) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__umbracoDbDSN"] = connection,
        ["ConnectionStrings__umbracoDbDSN_ProviderName"] = "Microsoft.Data.Sqlite",
        ["uSync__Settings__RootFolder"] = usync,
        ["uSync__Settings__ExportOnSave"] = "None",
        ["SelfHelp__DemoContent__Enabled"] = "false",
        ["Umbraco__CMS__DeliveryApi__Enabled"] = "true",
        ["Umbraco__CMS__DeliveryApi__OutputCache__Enabled"] = outputCache ? "true" : "false",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private static string Report(BenchOptions options, SeededSite site, List<Measurement> measurements, PublishVisibility visibility, string loadBefore)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores: {site.Documents:N0} documents (en-US and zh-HK), wrk -t1 -c{options.Connections} -d{options.DurationSeconds}s, median of {options.Runs} runs.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine load average (1, 5, 15 min) before the load runs: {loadBefore}; after: {LoadAverage()}.");
        text.AppendLine();
        text.AppendLine("| Scenario | Output cache | Bytes | req/s | Baseline req/s | Ratio | p50 ms | p99 ms |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var m in measurements)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {m.Scenario} | {(m.OutputCache ? "on" : "off")} | {m.Bytes:N0} | {m.Api.RequestsPerSecond:N0} | {m.Baseline.RequestsPerSecond:N0} | {m.Ratio:P0} | {m.Api.P50Ms:F2} | {m.Api.P99Ms:F2} |");
        }
        text.AppendLine();
        var failed = measurements.Sum(m => m.Api.Non2xx);
        text.AppendLine(CultureInfo.InvariantCulture, $"Answers other than 2xx during the load runs: {failed}.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Publish: the engine's publish took {visibility.PublishMs:F0} ms; the new value showed {visibility.VisibleAfterMs:F0} ms after the publish started; {visibility.StaleAfter} stale of {visibility.ChecksAfter} answers (by id, by path, by ids) in the 1.5 s after.");
        return text.ToString();
    }

    // Shared machines are noisy: the report says how busy this one was, so figures can be read in context.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static async Task<int> SizeAsync(string url)
    {
        using var http = new HttpClient();
        var response = await http.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    private static WrkResult Median(List<WrkResult> runs)
    {
        static double Mid(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
        return new WrkResult(Mid(runs.Select(r => r.RequestsPerSecond)), Mid(runs.Select(r => r.P50Ms)), Mid(runs.Select(r => r.P99Ms)), runs.Sum(r => r.Non2xx));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
