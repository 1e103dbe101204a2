using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using SelfHelp.Core.Content;

namespace SelfHelp.Bench.Publish;

/// <summary>One publish: the engine's own time, and when the new value showed in the Delivery API and in search (from the publish's start).</summary>
internal sealed record PublishTiming(double EngineMs, double ApiMs, double QueryMs, double SearchMs);

/// <summary>
/// One site size: the demo site grown to the size, the real host started on it (search index rebuilt, waited for),
/// then one self-help group's name published at a time through <see cref="IContentService"/> while the Delivery API
/// (item by id, output cache on as shipped) and <c>/api/search</c> are polled over HTTP until they show it.
/// </summary>
internal static class PublishBenchmark
{
    private const int WarmUps = 2;
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(string repository, int size, int runs)
    {
        var site = Directory.CreateTempSubdirectory("selfhelp-bench-publish-").FullName;
        try
        {
            CopyDirectory(Path.Combine(repository, "uSync", "v17"), Path.Combine(site, "uSync", "v17"));
            var connection = $"Data Source={Path.Combine(site, "bench.sqlite.db")};Cache=Shared;Foreign Keys=True;Pooling=True";
            Console.WriteLine($"{size:N0} items: seeding in {site}");
            List<Guid> groups;
            await using (var first = new SiteHost(site, connection, FreePort()))
            {
                first.Start();
                groups = await BulkSeeder.FillAsync(first.Services, size);
            }
            // The copies are not in the search index yet: without it, the next start rebuilds the index from the whole site.
            var indexes = Path.Combine(site, "App_Data", "TEMP", "ExamineIndexes");
            if (Directory.Exists(indexes))
            {
                Directory.Delete(indexes, recursive: true);
            }

            await using var host = new SiteHost(site, connection, FreePort());
            var watch = Stopwatch.StartNew();
            host.Start();
            using var http = new HttpClient { BaseAddress = host.Address };
            await WaitHealthyAsync(http);
            Console.WriteLine($"  started and indexed in {watch.Elapsed.TotalSeconds:F1} s; load average {LoadAverage()}");

            var content = host.Services.GetRequiredService<IContentService>();
            var timings = new List<PublishTiming>();
            var random = new Random(size);
            for (var run = 0; run < WarmUps + runs; run++)
            {
                var timing = await PublishOnceAsync(content, http, groups[random.Next(groups.Count)], Marker(random));
                if (run >= WarmUps)
                {
                    timings.Add(timing);
                }
            }
            Console.WriteLine(Report(size, timings));
        }
        finally
        {
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

    private static async Task<PublishTiming> PublishOnceAsync(IContentService content, HttpClient http, Guid key, string marker)
    {
        var item = await content.GetAsync(key) ?? throw new InvalidOperationException($"Group {key} is gone.");
        item.SetValue("name", marker, "en-US");
        var watch = Stopwatch.StartNew();
        var result = await content.PublishAsync(item, ["en-US"]);
        var engineMs = watch.Elapsed.TotalMilliseconds;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Publish failed: {result.Message}");
        }
        var api = UntilAsync(watch, async () =>
            (await http.GetFromJsonAsync<JsonElement>($"/umbraco/delivery/api/v2/content/item/{key}")).GetProperty("properties").GetProperty("name").GetString() == marker);
        // The newest update first: the query's answer changes only once the in-memory query index has the publish.
        var query = UntilAsync(watch, async () =>
            (await http.GetFromJsonAsync<JsonElement>("/umbraco/delivery/api/v2/content?sort=updateDate:desc&take=1")).GetProperty("items")[0].GetProperty("id").GetGuid() == key);
        var search = UntilAsync(watch, async () =>
            (await http.GetFromJsonAsync<JsonElement>($"/api/search?q={marker}")).GetProperty("total").GetInt32() > 0);
        return new PublishTiming(engineMs, await api, await query, await search);
    }

    // Polls as fast as answers come back: the figure is when the first answer showing the change began.
    private static async Task<double> UntilAsync(Stopwatch watch, Func<Task<bool>> shows)
    {
        while (watch.Elapsed < GiveUpAfter)
        {
            var asked = watch.Elapsed.TotalMilliseconds;
            if (await shows())
            {
                return asked;
            }
        }
        return double.PositiveInfinity;
    }

    private static async Task WaitHealthyAsync(HttpClient http)
    {
        var until = DateTime.UtcNow.AddMinutes(30);
        while (DateTime.UtcNow < until)
        {
            var answer = await http.GetAsync("/healthz");
            if (answer.IsSuccessStatusCode && (await answer.Content.ReadAsStringAsync()).Trim() == "Healthy")
            {
                return;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("The site did not become healthy (search index rebuilt) within 30 minutes.");
    }

    private static string Report(int size, List<PublishTiming> timings)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"  {size:N0} items, {timings.Count} publishes, load average {LoadAverage()}:");
        text.AppendLine("  | Items | Measure | min ms | median ms | p95 ms |");
        text.AppendLine("  | ---: | --- | ---: | ---: | ---: |");
        foreach (var (label, pick) in new (string, Func<PublishTiming, double>)[] { ("engine publish", t => t.EngineMs), ("visible in the Delivery API (item)", t => t.ApiMs), ("visible in the Delivery API (query)", t => t.QueryMs), ("visible in search", t => t.SearchMs) })
        {
            var sorted = timings.Select(pick).Order().ToArray();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  | {size:N0} | {label} | {sorted[0]:F1} | {Percentile(sorted, 0.5):F1} | {Percentile(sorted, 0.95):F1} |");
        }
        return text.ToString();
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    // A made-up word of letters only, so search's analyzers keep it as one term.
    private static string Marker(Random random) => "pbm" + new string(Enumerable.Range(0, 10).Select(_ => (char)('a' + random.Next(26))).ToArray());

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
