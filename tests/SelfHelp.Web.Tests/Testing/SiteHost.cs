using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Languages;
using static SelfHelp.Web.Tests.Testing.SiteSchema;

namespace SelfHelp.Web.Tests.Testing;

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

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
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
    protected override void Setup(SiteSetup site)
    {
        site.ShippedUSync = true;
        site.DemoContent = true;
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
