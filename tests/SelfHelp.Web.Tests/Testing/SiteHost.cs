using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Languages;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.Vocabulary;
using static SelfHelp.Web.Tests.Testing.SiteSchema;

namespace SelfHelp.Web.Tests.Testing;

/// <summary>
/// The real host in memory for one test class, on a fresh temp content root with its own SQLite file and DI
/// validation on; subclasses say which configuration and content the site starts with.
/// </summary>
public abstract class TempSiteHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    protected string Root { get; } = Directory.CreateTempSubdirectory("selfhelp-web-test-").FullName;

    public IContentService Content => Services.GetRequiredService<IContentService>();

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The uSync folder to import and whether to seed demo content.</summary>
    protected abstract (string USyncFolder, bool DemoContent) SiteSetup();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var (usync, demo) = SiteSetup();
        builder.UseContentRoot(Root);
        builder.UseSetting("ConnectionStrings:umbracoDbDSN", $"Data Source={Path.Combine(Root, "SelfHelp.sqlite.db")};Cache=Shared;Foreign Keys=True;Pooling=True");
        builder.UseSetting("ConnectionStrings:umbracoDbDSN_ProviderName", DatabaseOptions.SqliteProvider);
        builder.UseSetting("uSync:Settings:RootFolder", usync);
        builder.UseSetting("SelfHelp:DemoContent:Enabled", demo ? "true" : "false");
        UseSiteVocabulary(builder);
        builder.UseDefaultServiceProvider(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = true;
        });
    }

    /// <summary>
    /// The site's vocabulary exactly as <c>SelfHelp.Web/appsettings.json</c> configures it: the test content root has no
    /// appsettings of its own, and the facets are the site's data, not the tests'.
    /// </summary>
    private static readonly Lazy<IReadOnlyList<KeyValuePair<string, string?>>> SiteVocabulary = new(() =>
        new ConfigurationBuilder().AddJsonFile(Path.Combine(RepositoryRoot(), "SelfHelp.Web", "appsettings.json")).Build()
            .GetSection(VocabularyOptions.Section).AsEnumerable().Where(setting => setting.Value is not null).ToList());

    /// <summary>Configures the site's own facets, as the site reads them from its appsettings.json.</summary>
    public static void UseSiteVocabulary(IWebHostBuilder builder)
    {
        foreach (var (key, value) in SiteVocabulary.Value)
        {
            builder.UseSetting(key, value);
        }
    }

    protected static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SelfHelp.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (with SelfHelp.sln) was not found above the test output.");
    }

    public virtual Task InitializeAsync()
    {
        _ = Services; // starts the host: import, seeding and cache build run before the first request
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file the OS still holds is left for the temp cleaner; no other test reads this folder.
        }
    }
}

/// <summary>
/// A site with no configuration files and no demo content: <see cref="SiteSchema"/> is installed and a bilingual home
/// page published, so each test class builds exactly the content it asserts on.
/// </summary>
public class SiteHost : TempSiteHost
{
    public const string HomeHeroTitle = "Find a self-help group near you";
    public const string HomeHeroTitleChinese = "尋找你附近的自助組織";

    public ContentItem Home { get; private set; } = null!;

    public static object RichText(string markup) => new { markup, blocks = (object?)null };

    /// <summary>Starts building a page (a <c>contentPage</c> under the home page unless told otherwise).</summary>
    public PageBuilder Page(string englishName, string? chineseName = null, string type = "contentPage", int? parentId = null) =>
        new(Content, type, parentId ?? Home.Id, englishName, chineseName);

    protected override (string USyncFolder, bool DemoContent) SiteSetup() =>
        (Directory.CreateDirectory(Path.Combine(Root, "uSync", "v17")).FullName, false);

    public override async Task InitializeAsync()
    {
        await SiteSchema.InstallAsync(
            Services.GetRequiredService<ILanguageService>(),
            Services.GetRequiredService<IDataTypeService>(),
            Services.GetRequiredService<IContentTypeService>());
        Home = await new PageBuilder(Content, "home", ContentItem.RootId, "Home", "主頁")
            .With("heroTitle", HomeHeroTitle, HomeHeroTitleChinese)
            .With("intro",
                RichText("<p>Groups <strong>run by their members</strong>, for people facing the same challenge.</p>"),
                RichText("<p>由<strong>組員自己營運</strong>的小組，為面對相同挑戰的人而設。</p>"))
            .PublishAsync();
    }
}

/// <summary>The site exactly as a newcomer's first run makes it: the repository's uSync files and the demo content.</summary>
public class DemoSiteHost : TempSiteHost
{
    protected override (string USyncFolder, bool DemoContent) SiteSetup()
    {
        var copy = Path.Combine(Root, "uSync", "v17");
        var shipped = Path.Combine(RepositoryRoot(), "uSync", "v17");
        foreach (var file in Directory.EnumerateFiles(shipped, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return (copy, true);
    }
}

/// <summary>Builds a bilingual page: <c>host.Page("About", "關於").With("title", "About us", "關於我們").PublishAsync()</c>.</summary>
public sealed class PageBuilder(IContentService content, string type, int parentId, string englishName, string? chineseName)
{
    private readonly List<(string Alias, object? Value, string? Culture)> _values = [];

    /// <summary>A culture-varying value in English and, when given, in Chinese.</summary>
    public PageBuilder With(string alias, object? english, object? chinese = null)
    {
        _values.Add((alias, english, English));
        if (chinese is not null)
        {
            _values.Add((alias, chinese, Chinese));
        }
        return this;
    }

    public PageBuilder WithInvariant(string alias, object? value)
    {
        _values.Add((alias, value, null));
        return this;
    }

    public async Task<ContentItem> SaveAsync() => Succeeded(await content.SaveAsync(await BuildAsync()));

    /// <summary>Publishes the given cultures, or every culture that has a name.</summary>
    public async Task<ContentItem> PublishAsync(params string[] cultures) =>
        Succeeded(await content.PublishAsync(await BuildAsync(), cultures.Length == 0 ? ["*"] : cultures));

    public static ContentItem Succeeded(OperationResult<ContentItem> result)
    {
        Assert.True(result.Succeeded, $"{result.Status}: {result.Message} {string.Join("; ", result.Errors.Select(e => $"{e.Alias}/{e.Culture}: {e.Message}"))}");
        return result.Value!;
    }

    private async Task<ContentItem> BuildAsync()
    {
        var page = await content.CreateAsync(englishName, parentId, type, English);
        if (chineseName is not null)
        {
            page.SetName(chineseName, Chinese);
        }
        foreach (var (alias, value, culture) in _values)
        {
            page.SetValue(alias, value, culture);
        }
        return page;
    }
}
