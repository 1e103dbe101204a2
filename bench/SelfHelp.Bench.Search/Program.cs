using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SelfHelp.Bench.Search;
using SelfHelp.Core;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Languages;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Search;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Core.Search.Querying;
using static SelfHelp.Bench.Search.BenchContent;

// Usage: dotnet run -c Release --project bench/SelfHelp.Bench.Search [items] [iterations]
var count = args.Length > 0 ? int.Parse(args[0]) : 100_000;
var iterations = args.Length > 1 ? int.Parse(args[1]) : 1000;
var folder = Directory.CreateTempSubdirectory("selfhelp-bench-").FullName;
try
{
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder, EnvironmentName = "Production" });
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    builder.AddSelfHelpCore().AddSearch();
    var cache = new BenchPublishedContentCache { Current = new PublishedSnapshot([], 0) };
    builder.Services.AddSingleton<IPublishedContentCache>(cache);
    using var host = builder.Build();
    await host.StartAsync();

    var languages = host.Services.GetRequiredService<ILanguageService>();
    await languages.SaveAsync(new Language(Guid.NewGuid(), English, "English", IsDefault: true, IsMandatory: true));
    await languages.SaveAsync(new Language(Guid.NewGuid(), Chinese, "Chinese (Hong Kong)", IsDefault: false, IsMandatory: false));
    foreach (var type in Types())
    {
        await host.Services.GetRequiredService<IContentTypeService>().SaveAsync(type);
    }
    var rebuilder = host.Services.GetRequiredService<ISearchIndexRebuilder>();
    await rebuilder.WaitForPendingAsync();

    Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; load average at start: {LoadAverage()}");
    var clock = Stopwatch.StartNew();
    cache.Current = host.Services.GetRequiredService<PublishedSnapshotBuilder>().Build(Nodes(count), [English, Chinese], null);
    Console.WriteLine($"Made {count:N0} bilingual stories in memory in {clock.Elapsed.TotalSeconds:F1} s (not part of the rebuild).");

    clock.Restart();
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    await rebuilder.RebuildAsync(IndexNames.External);
    var rebuild = clock.Elapsed;
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    var indexes = host.Services.GetRequiredService<SearchIndexes>();
    var size = new DirectoryInfo(indexes[IndexNames.External].Path).EnumerateFiles().Sum(f => f.Length);
    Console.WriteLine($"Full rebuild of ExternalIndex: {count:N0} items in {rebuild.TotalSeconds:F1} s ({count / rebuild.TotalSeconds:N0} items/s), {size / 1024.0 / 1024:F0} MB on disk.");
    // CPU time does not depend on what else the machine is running: divided by the cores, it is the idle-machine time.
    Console.WriteLine($"CPU time of the rebuild: {cpu.TotalSeconds:F1} s (≈ {cpu.TotalSeconds / Environment.ProcessorCount:F1} s on {Environment.ProcessorCount} idle cores).");

    var search = host.Services.GetRequiredService<ISearchService>();
    var textQueries = host.Services.GetRequiredService<TextQueryBuilder>();
    SearchRequest[] requests =
    [
        new() { Text = "carers support group", Culture = English },
        new() { Text = "互助小組", Culture = Chinese },
        new() { Text = "volunteers", Culture = English, Topics = ["carers"], Districts = ["sham-shui-po"] },
    ];
    string[] labels = ["English", "Chinese", "Filtered"];
    Console.WriteLine();
    Console.WriteLine($"{iterations} runs each, first page of 10 with facets and snippets; raw Lucene runs the same query and filter and loads the same 10 keys.");
    Console.WriteLine("| Query | Matches | ISearchService p50 | p95 | Raw Lucene p50 | p95 | Ratio p50 | Ratio p95 |");
    Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (var q = 0; q < requests.Length; q++)
    {
        var request = requests[q];
        var query = textQueries.Build(UserQuery.Parse(request.Text, 256, out _)!, request.Culture).Query!;
        var filter = SearchFilterBuilder.Build(request);
        var total = 0;
        async Task Service() => total = (await search.SearchAsync(request)).Value!.Total;
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
            await Raw();
        }
        var service = new double[iterations];
        var raw = new double[iterations];
        // Interleaved, so both see the same machine noise.
        for (var i = 0; i < iterations; i++)
        {
            service[i] = await Time(Service);
            raw[i] = await Time(Raw);
        }
        var (s50, s95, r50, r95) = (Percentile(service, 50), Percentile(service, 95), Percentile(raw, 50), Percentile(raw, 95));
        Console.WriteLine($"| {labels[q]} `{request.Text}`{(request.Topics.Count > 0 ? " topic=carers district=sham-shui-po" : "")} | {total:N0} | {s50:F2} ms | {s95:F2} ms | {r50:F2} ms | {r95:F2} ms | {s50 / r50:F2} | {s95 / r95:F2} |");
    }
    Console.WriteLine($"Load average at end: {LoadAverage()}");
    await host.StopAsync();
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
