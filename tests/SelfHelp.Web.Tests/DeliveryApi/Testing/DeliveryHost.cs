using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Languages;
using SelfHelp.Core.Media;
using SelfHelp.Core.Persistence;
using SelfHelp.Web.Tests.Testing;
using static SelfHelp.Web.Tests.DeliveryApi.Testing.DeliveryTestSchema;

namespace SelfHelp.Web.Tests.DeliveryApi.Testing;

/// <summary>
/// The real host in memory with the Delivery API enabled, for one test class: its own temp folder and SQLite file,
/// <see cref="DeliveryTestSchema"/> installed and a bilingual home page published. Subclasses change the settings.
/// </summary>
public class DeliveryHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ApiKey = "test-api-key-0123456789";
    public const string Prefix = "/umbraco/delivery/api/v2";

    private readonly string _root = Directory.CreateTempSubdirectory("selfhelp-delivery-test-").FullName;

    public ContentItem Home { get; private set; } = null!;
    public IContentService Content => Services.GetRequiredService<IContentService>();
    public IMediaService Media => Services.GetRequiredService<IMediaService>();

    /// <summary>Settings under <c>Umbraco:CMS:DeliveryApi</c>; the default opens the API with output caching on.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Enabled"] = "true",
        ["PublicAccess"] = "true",
        ["ApiKey"] = ApiKey,
        ["Media:Enabled"] = "true",
        ["OutputCache:Enabled"] = "true",
        ["DisallowedContentTypeAliases:0"] = "secretNote",
    };

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Starts building a document (a <c>contentPage</c> under the home page unless told otherwise).</summary>
    public PageBuilder Document(string englishName, string? chineseName = null, string type = "contentPage", int? parentId = null) =>
        new(Content, type, parentId ?? Home.Id, englishName, chineseName);

    /// <summary>An image in the media library with a file location, size and focal point.</summary>
    public async Task<ContentItem> ImageAsync(string name, int parentId = ContentItem.RootId, string? altText = null)
    {
        var image = await Media.CreateAsync(name, parentId, "Image");
        var folder = Guid.NewGuid().ToString("N")[..8];
        image.SetValue("umbracoFile", new { src = $"/media/{folder}/{name.ToLowerInvariant().Replace(' ', '-')}.png", focalPoint = new { left = 0.3m, top = 0.4m }, crops = Array.Empty<object>() });
        image.SetValue("umbracoWidth", 1080);
        image.SetValue("umbracoHeight", 540);
        image.SetValue("umbracoBytes", 24069);
        image.SetValue("umbracoExtension", "png");
        image.SetValue("altText", altText);
        return PageBuilder.Succeeded(await Media.SaveAsync(image));
    }

    public async Task<ContentItem> FolderAsync(string name, int parentId = ContentItem.RootId) =>
        PageBuilder.Succeeded(await Media.SaveAsync(await Media.CreateAsync(name, parentId, "Folder")));

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var usync = Directory.CreateDirectory(Path.Combine(_root, "uSync", "v17")).FullName;
        builder.UseContentRoot(_root);
        builder.UseSetting("ConnectionStrings:umbracoDbDSN", $"Data Source={Path.Combine(_root, "SelfHelp.sqlite.db")};Cache=Shared;Foreign Keys=True;Pooling=True");
        builder.UseSetting("ConnectionStrings:umbracoDbDSN_ProviderName", DatabaseOptions.SqliteProvider);
        builder.UseSetting("uSync:Settings:RootFolder", usync);
        TempSiteHost.UseSiteVocabulary(builder);
        builder.UseSetting("SelfHelp:DemoContent:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting("Umbraco:CMS:DeliveryApi:" + key, value);
        }
        builder.UseDefaultServiceProvider(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = true;
        });
    }

    public async Task InitializeAsync()
    {
        await DeliveryTestSchema.InstallAsync(
            Services.GetRequiredService<ILanguageService>(),
            Services.GetRequiredService<IDataTypeService>(),
            Services.GetRequiredService<IContentTypeService>());
        Home = await new PageBuilder(Content, "home", ContentItem.RootId, "Home", "主頁")
            .With("heroTitle", "People who have been there", "過來人，互相扶持")
            .PublishAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file the OS still holds is left for the temp cleaner; no other test reads this folder.
        }
    }
}

/// <summary>The Delivery API closed to the public: every call needs the API key.</summary>
public sealed class PrivateDeliveryHost : DeliveryHost
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Enabled"] = "true",
        ["PublicAccess"] = "false",
        ["ApiKey"] = ApiKey,
        ["Media:Enabled"] = "true",
        ["OutputCache:Enabled"] = "true",
    };
}

/// <summary>The Delivery API switched off (Umbraco's default).</summary>
public sealed class DisabledDeliveryHost : DeliveryHost
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Enabled"] = "false" };
}

/// <summary>Rich text as Umbraco's JSON tree, only some content types exposed, and picked media always with their properties.</summary>
public sealed class ConfiguredOutputDeliveryHost : DeliveryHost
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Enabled"] = "true",
        ["RichTextOutputAsJson"] = "true",
        ["AlwaysExpandMediaProperties"] = "true",
        ["AllowedContentTypeAliases:0"] = "home",
        ["AllowedContentTypeAliases:1"] = "contentPage",
        ["Media:Enabled"] = "true",
    };
}
