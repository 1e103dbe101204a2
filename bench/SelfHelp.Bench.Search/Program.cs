using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Bench.Search;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Dictionary;
using SelfHelp.Core.Languages;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Core.Search.Querying;
using static SelfHelp.Bench.Search.BenchContent;

// Usage: dotnet run -c Release --project bench/SelfHelp.Bench.Search [items] [iterations]
var count = args.Length > 0 ? int.Parse(args[0]) : 100_000;
var iterations = args.Length > 1 ? int.Parse(args[1]) : 1000;
var folder = Directory.CreateTempSubdirectory("selfhelp-bench-").FullName;
try
{
    var cache = new BenchPublishedContentCache { Current = PublishedSnapshot.Empty };
    await using var app = BenchHost.Build(folder, cache);
    await app.StartAsync();
    var services = app.Services;

    var languages = services.GetRequiredService<ILanguageService>();
    await languages.SaveAsync(new Language(Guid.NewGuid(), English, "English", IsDefault: true, IsMandatory: true));
    await languages.SaveAsync(new Language(Guid.NewGuid(), Chinese, "Chinese (Hong Kong)", IsDefault: false, IsMandatory: false));
    foreach (var type in Types())
    {
        await services.GetRequiredService<IContentTypeService>().SaveAsync(type);
    }
    await BenchHost.AddLabelsAsync(services.GetRequiredService<IDictionaryService>());
    var rebuilder = services.GetRequiredService<ISearchIndexRebuilder>();
    await rebuilder.WaitForPendingAsync();

    Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; load average at start: {LoadAverage()}");
    var clock = Stopwatch.StartNew();
    cache.Current = services.GetRequiredService<PublishedSnapshotBuilder>().Build(Nodes(count), [English, Chinese], null);
    Console.WriteLine($"Made {count:N0} bilingual stories in memory in {clock.Elapsed.TotalSeconds:F1} s (not part of the rebuild).");

    clock.Restart();
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    await rebuilder.RebuildAsync(IndexNames.External);
    var rebuild = clock.Elapsed;
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    var indexes = services.GetRequiredService<SearchIndexes>();
    var size = new DirectoryInfo(indexes[IndexNames.External].Path).EnumerateFiles().Sum(f => f.Length);
    Console.WriteLine($"Full rebuild of ExternalIndex: {count:N0} items in {rebuild.TotalSeconds:F1} s ({count / rebuild.TotalSeconds:N0} items/s), {size / 1024.0 / 1024:F0} MB on disk.");
    // CPU time does not depend on what else the machine is running: divided by the cores, it is the idle-machine time.
    Console.WriteLine($"CPU time of the rebuild: {cpu.TotalSeconds:F1} s (≈ {cpu.TotalSeconds / Environment.ProcessorCount:F1} s on {Environment.ProcessorCount} idle cores).");

    var search = services.GetRequiredService<ISearchService>();
    var textQueries = services.GetRequiredService<TextQueryBuilder>();
    // One connection, kept alive, one request at a time: latency, not throughput.
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1, AutomaticDecompression = DecompressionMethods.None })
    {
        BaseAddress = new Uri(app.Urls.First()),
    };
    (string Label, SearchRequest Request, string Url)[] queries =
    [
        ("English `carers support group`", new() { Text = "carers support group", Culture = English }, "/api/search?q=carers%20support%20group"),
        ("Chinese `互助小組`", new() { Text = "互助小組", Culture = Chinese }, "/api/search?q=" + Uri.EscapeDataString("互助小組") + "&culture=zh-HK"),
        ("Filtered `volunteers` topic=carers district=sham-shui-po", new SearchRequest { Text = "volunteers", Culture = English }.WithFacet("topic", "carers").WithFacet("district", "sham-shui-po"),
            "/api/search?q=volunteers&topic=carers&district=sham-shui-po"),
    ];
    Console.WriteLine();
    Console.WriteLine($"{iterations} runs each, interleaved: first page of 10 with facets and snippets through ISearchService and through GET /api/search");
    Console.WriteLine($"on Kestrel over loopback ({app.Urls.First()}, one kept-alive connection, whole JSON body read); raw Lucene runs the same query and filter and loads the same 10 keys.");
    Console.WriteLine("| Query | Matches | Service p50 | p95 | HTTP API p50 | p95 | Raw Lucene p50 | p95 | Service/raw p50 | p95 | API/raw p50 | p95 |");
    Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    foreach (var (label, request, url) in queries)
    {
        var query = textQueries.Build(UserQuery.Parse(request.Text, 256, out _)!, request.Culture).Query!;
        var filter = SearchFilterBuilder.Build(request);
        var total = 0;
        async Task Service() => total = (await search.SearchAsync(request)).Value!.Total;
        async Task Api()
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{url}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
        Task Raw()
        {
            using var lease = indexes[IndexNames.External].Acquire();
            foreach (var hit in lease.Searcher.Search(query, filter, 10).ScoreDocs)
            {
                lease.Searcher.Doc(hit.Doc, new HashSet<string> { IndexFieldNames.Key });
            }
            return Task.CompletedTask;
        }
        for (var i = 0; i < 100; i++)
        {
            await Service();
            await Api();
            await Raw();
        }
        var service = new double[iterations];
        var api = new double[iterations];
        var raw = new double[iterations];
        // Interleaved, so all three see the same machine noise.
        for (var i = 0; i < iterations; i++)
        {
            service[i] = await Time(Service);
            api[i] = await Time(Api);
            raw[i] = await Time(Raw);
        }
        var (s50, s95, a50, a95, r50, r95) = (Percentile(service, 50), Percentile(service, 95), Percentile(api, 50), Percentile(api, 95), Percentile(raw, 50), Percentile(raw, 95));
        Console.WriteLine($"| {label} | {total:N0} | {s50:F2} ms | {s95:F2} ms | {a50:F2} ms | {a95:F2} ms | {r50:F2} ms | {r95:F2} ms | {s50 / r50:F2} | {s95 / r95:F2} | {a50 / r50:F2} | {a95 / r95:F2} |");
    }
    Console.WriteLine($"Load average at end: {LoadAverage()}");
    await app.StopAsync();
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static async Task<double> Time(Func<Task> run)
{
    var start = Stopwatch.GetTimestamp();
    await run();
    return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
}

static double Percentile(double[] values, int percentile)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];
}
