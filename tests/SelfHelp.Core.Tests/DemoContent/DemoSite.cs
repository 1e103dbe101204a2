using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.DemoContent;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Sync;
using SelfHelp.Core.Tests.Sync;
using SelfHelp.Core.Tests.Testing;

namespace SelfHelp.Core.Tests.DemoContent;

/// <summary>Starts engines the way a fresh site starts: the shipped uSync types imported, then demo content.</summary>
public static class DemoSite
{
    public const string English = "en-US";
    public const string Chinese = "zh-HK";

    /// <summary>Starts an engine on a new empty database with the shipped types and demo content registered.</summary>
    public static Task<TestEngine> StartAsync(IDictionary<string, string?>? settings = null, string provider = DatabaseOptions.SqliteProvider) =>
        TestEngine.StartEmptyAsync(provider, builder =>
        {
            // The shipped files are only read: nothing in these tests changes a type, and export is off besides.
            builder.Configuration[$"{USyncSettings.SectionName}:RootFolder"] = USyncTestFiles.Shipped;
            builder.Configuration[$"{USyncSettings.SectionName}:ExportOnSave"] = USyncGroups.None;
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.Configuration[key] = value;
            }
            builder.AddUSync();
            builder.AddDemoContent();
        });

    /// <summary>Documents stored, drafts and trashed items included.</summary>
    public static async Task<int> CountDocumentsAsync(this TestEngine engine)
    {
        await using var db = engine.Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContext();
        return await db.Nodes.CountAsync(n => n.ObjectType == NodeObjectType.Document);
    }

    /// <summary>Stored versions of every document: each save or publish adds one.</summary>
    public static async Task<int> CountVersionsAsync(this TestEngine engine)
    {
        await using var db = engine.Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContext();
        return await db.ContentVersions.CountAsync();
    }

    /// <summary>Live items of a type, as visitors can reach them in the culture.</summary>
    public static IReadOnlyList<PublishedContent> Live(this TestEngine engine, string type, string culture = English) =>
        engine.Cache.Current.All.Where(c => c.ContentTypeAlias == type && c.IsVisibleIn(culture)).ToList();
}
