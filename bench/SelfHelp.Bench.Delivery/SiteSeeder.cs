using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SelfHelp.Core;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Sync;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Bench.Delivery;

/// <summary>What the seeder made, for the benchmark's URLs.</summary>
internal sealed record SeededSite(Guid GroupDirectoryKey, string GroupDirectorySegment, Guid SampleGroupKey, string SampleGroupSegment, int Documents);

/// <summary>
/// Seeds a realistic bilingual site through the engine's own services, on the repository's uSync configuration:
/// a home page with a group directory, a story library and a workshop list holding the requested number of
/// groups, stories and workshops, each with names and texts in English and Chinese and valid taxonomy values.
/// </summary>
internal static class SiteSeeder
{
    public static async Task<SeededSite> SeedAsync(string siteFolder, string connectionString, string usyncFolder, int items)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = siteFolder, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:umbracoDbDSN"] = connectionString,
            ["ConnectionStrings:umbracoDbDSN_ProviderName"] = "Microsoft.Data.Sqlite",
            ["uSync:Settings:RootFolder"] = usyncFolder,
            ["uSync:Settings:ExportOnSave"] = "None",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddSelfHelpCore();
        builder.AddUSync();
        // Seeding only writes storage: the served host loads its published cache and indexes from storage at start,
        // so the per-publish cache refresh (which makes seeding 10,000 items quadratic) is left out here.
        builder.Services.RemoveAll<INotificationAsyncHandler<ContentPublishedNotification>>();
        builder.Services.RemoveAll<INotificationAsyncHandler<ContentSavedNotification>>();
        using var host = builder.Build();
        await host.StartAsync();

        var content = host.Services.GetRequiredService<IContentService>();
        var values = new ValueGenerator(host.Services.GetRequiredService<IContentTypeService>(), host.Services.GetRequiredService<IDataTypeService>(), new Random(20261124));
        var watch = Stopwatch.StartNew();

        var home = await PublishAsync(content, await values.CreateAsync(content, "home", ContentItem.RootId, ("Home", "主頁")));
        var directory = await PublishAsync(content, await values.CreateAsync(content, "groupDirectory", home.Id, ("Find a group", "尋找小組")));
        var library = await PublishAsync(content, await values.CreateAsync(content, "storyLibrary", home.Id, ("Stories", "故事")));
        var workshops = await PublishAsync(content, await values.CreateAsync(content, "workshopList", home.Id, ("Workshops", "培訓工作坊")));

        var groupCount = items / 2;
        var storyCount = items * 3 / 10;
        var workshopCount = items - groupCount - storyCount;
        var groups = new List<ContentItem>();
        for (var i = 0; i < groupCount; i++)
        {
            groups.Add(await PublishAsync(content, await values.CreateAsync(content, "selfHelpGroup", directory.Id, values.GroupName(i))));
            Progress(i, items, watch);
        }
        values.Groups = groups.Select(g => g.Key).ToArray();
        for (var i = 0; i < storyCount; i++)
        {
            await PublishAsync(content, await values.CreateAsync(content, "story", library.Id, values.StoryName(i)));
            Progress(groupCount + i, items, watch);
        }
        for (var i = 0; i < workshopCount; i++)
        {
            await PublishAsync(content, await values.CreateAsync(content, "workshop", workshops.Id, values.WorkshopName(i)));
            Progress(groupCount + storyCount + i, items, watch);
        }
        await host.StopAsync();
        Console.WriteLine($"Seeded {items + 4} documents in {watch.Elapsed.TotalSeconds:F0} s.");

        var sample = groups[groups.Count / 2];
        return new SeededSite(directory.Key, Segment(directory), sample.Key, Segment(sample), items + 4);
    }

    private static string Segment(ContentItem item) => item.PublishedCultures["en-US"].UrlSegment;

    private static async Task<ContentItem> PublishAsync(IContentService content, ContentItem item)
    {
        var result = await content.PublishAsync(item, ["*"]);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not publish {item.GetName("en-US")}: {result.Message} {string.Join("; ", result.Errors.Select(e => $"{e.Alias}: {e.Message}"))}");
        }
        return result.Value!;
    }

    private static void Progress(int done, int total, Stopwatch watch)
    {
        if ((done + 1) % 1000 == 0)
        {
            Console.WriteLine($"  {done + 1:N0} / {total:N0} items ({watch.Elapsed.TotalSeconds:F0} s)");
        }
    }
}
