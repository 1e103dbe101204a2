using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SelfHelp.Core;
using SelfHelp.Core.Dictionary;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Search;
using SelfHelp.Web.Search;

namespace SelfHelp.Bench.Search;

/// <summary>
/// The engine with search and the site's search API (<c>AddSearch()</c>, <c>AddSearchApi()</c>, <c>MapSearchApi()</c>,
/// as in SelfHelp.Web's Program.cs) on Kestrel over loopback, reading the benchmark's in-memory published cache.
/// The rest of the site (pages, uSync, demo content) is left out: the 100,000 items are made in memory.
/// </summary>
internal static class BenchHost
{
    /// <summary>The site's searchable facets over the benchmark's properties, as SelfHelp.Web's appsettings.json has them.</summary>
    private static readonly Dictionary<string, string?> Vocabulary = new()
    {
        ["SelfHelp:Vocabulary:Facets:0:Key"] = "topic",
        ["SelfHelp:Vocabulary:Facets:0:Properties:0"] = "topics",
        ["SelfHelp:Vocabulary:Facets:0:Search"] = "true",
        ["SelfHelp:Vocabulary:Facets:1:Key"] = "district",
        ["SelfHelp:Vocabulary:Facets:1:Properties:0"] = "district",
        ["SelfHelp:Vocabulary:Facets:1:Search"] = "true",
        ["SelfHelp:Vocabulary:Facets:2:Key"] = "language",
        ["SelfHelp:Vocabulary:Facets:2:Properties:0"] = "languages",
    };

    public static WebApplication Build(string folder, BenchPublishedContentCache cache)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, EnvironmentName = "Production" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(Vocabulary);
        builder.AddSelfHelpCore();
        builder.AddSearch();
        builder.AddSearchApi();
        builder.Services.AddSingleton<IPublishedContentCache>(cache);
        var app = builder.Build();
        app.MapSearchApi();
        return app;
    }

    /// <summary>Dictionary labels for the benchmark's topics and districts, so the API's facet labels are looked up as on the site.</summary>
    public static async Task AddLabelsAsync(IDictionaryService dictionary)
    {
        foreach (var (prefix, values) in new[] { ("topic", BenchContent.Topics), ("district", BenchContent.Districts) })
        {
            foreach (var value in values)
            {
                await dictionary.SaveAsync(new DictionaryItem
                {
                    Key = Guid.NewGuid(),
                    ItemKey = $"{prefix}.{value}",
                    Translations = new(StringComparer.OrdinalIgnoreCase) { [BenchContent.English] = value.Replace('-', ' '), [BenchContent.Chinese] = "標籤" + value },
                });
            }
        }
    }
}
