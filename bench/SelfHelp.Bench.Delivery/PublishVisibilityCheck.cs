using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SelfHelp.Core.Content;

namespace SelfHelp.Bench.Delivery;

/// <summary>How long a publish took to show in the API, and whether any answer after that was stale.</summary>
internal sealed record PublishVisibility(double PublishMs, double VisibleAfterMs, int ChecksAfter, int StaleAfter);

/// <summary>
/// Starts the real host in-process on loopback (Kestrel, output cache on) against the seeded site, warms the cache
/// for an item, publishes a new value through the engine and polls over HTTP until the API shows it; then checks
/// that every later answer (by id, by path, by ids) shows it too.
/// </summary>
internal sealed class PublishVisibilityCheck(IReadOnlyDictionary<string, string> settings, string siteFolder, int port) : WebApplicationFactory<Program>
{
    public async Task<PublishVisibility> RunAsync(SeededSite site)
    {
        UseKestrel(port);
        StartServer();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var urls = new[]
        {
            $"/umbraco/delivery/api/v2/content/item/{site.SampleGroupKey}",
            $"/umbraco/delivery/api/v2/content/item/{site.GroupDirectorySegment}/{site.SampleGroupSegment}/",
            $"/umbraco/delivery/api/v2/content/items?id={site.SampleGroupKey}",
        };
        foreach (var url in urls)
        {
            await http.GetAsync(url);
            await http.GetAsync(url);
        }

        var content = Services.GetRequiredService<IContentService>();
        var item = await content.GetAsync(site.SampleGroupKey) ?? throw new InvalidOperationException("The sample group is gone.");
        var marker = "Renamed at " + DateTime.UtcNow.ToString("O");
        item.SetValue("name", marker, "en-US");
        var watch = Stopwatch.StartNew();
        var result = await content.PublishAsync(item, ["en-US"]);
        var publishMs = watch.Elapsed.TotalMilliseconds;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Publish failed: {result.Message}");
        }
        while (!await ShowsAsync(http, urls[0], marker))
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(10))
            {
                return new PublishVisibility(publishMs, double.PositiveInfinity, 0, 0);
            }
            await Task.Delay(5);
        }
        var visibleMs = watch.Elapsed.TotalMilliseconds;
        var stale = 0;
        var checks = 0;
        var until = DateTime.UtcNow.AddSeconds(1.5);
        while (DateTime.UtcNow < until)
        {
            foreach (var url in urls)
            {
                checks++;
                stale += await ShowsAsync(http, url, marker) ? 0 : 1;
            }
        }
        return new PublishVisibility(publishMs, visibleMs, checks, stale);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(siteFolder);
        builder.UseEnvironment("Production");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key.Replace("__", ":"), value);
        }
    }

    private static async Task<bool> ShowsAsync(HttpClient http, string url, string marker)
    {
        var json = await http.GetFromJsonAsync<JsonElement>(url);
        var item = json.ValueKind == JsonValueKind.Array ? json[0] : json;
        return item.GetProperty("properties").GetProperty("name").GetString() == marker;
    }
}
