using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.Persistence;
using SelfHelp.Testing;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Forms;

/// <summary>
/// The real host with the shipped uSync files (types, dictionary, the six forms), a loopback SMTP server, an API key,
/// and a published site: a workshop, a group (with a private address), a story library and the volunteer hub.
/// </summary>
public class FormsHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ApiKey = "test-forms-api-key-0123456789";
    public const string GroupAddress = "private-inbox@kwun-tong-carers.example";
    public const string StaffPassword = "Staff-Password-123456";

    private readonly string _root = Directory.CreateTempSubdirectory("selfhelp-forms-test-").FullName;

    public LoopbackSmtpServer Smtp { get; } = new();
    public ContentItem Workshop { get; private set; } = null!;
    public ContentItem Group { get; private set; } = null!;
    public ContentItem VolunteerHub { get; private set; } = null!;
    public IContentService Content => Services.GetRequiredService<IContentService>();

    /// <summary>How many posts one client may make per minute in this host.</summary>
    protected virtual int PermitLimit => 1000;

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var usync = Path.Combine(_root, "uSync", "v17");
        CopyFolder(FindShipped(), usync);
        builder.UseContentRoot(_root);
        builder.UseSetting("ConnectionStrings:umbracoDbDSN", $"Data Source={Path.Combine(_root, "SelfHelp.sqlite.db")};Cache=Shared;Foreign Keys=True;Pooling=True");
        builder.UseSetting("ConnectionStrings:umbracoDbDSN_ProviderName", DatabaseOptions.SqliteProvider);
        builder.UseSetting("uSync:Settings:RootFolder", usync);
        builder.UseSetting("uSync:Settings:ExportOnSave", "None");
        builder.UseSetting("SelfHelp:DemoContent:Enabled", "false");
        builder.UseSetting("SelfHelp:Smtp:Host", "127.0.0.1");
        builder.UseSetting("SelfHelp:Smtp:Port", Smtp.Port.ToString());
        builder.UseSetting("SelfHelp:Smtp:Security", "None");
        builder.UseSetting("SelfHelp:Forms:Recipients:moderators", "stories@selfhelp.example");
        builder.UseSetting("SelfHelp:Forms:Recipients:coordinators", "volunteers@selfhelp.example");
        builder.UseSetting("SelfHelp:Forms:Recipients:relay", "relay@selfhelp.example");
        builder.UseSetting("SelfHelp:Forms:RateLimit:PermitLimit", PermitLimit.ToString());
        builder.UseSetting("SelfHelp:Security:Login:PermitsPerAddress", "1000"); // every staff client signs in from loopback
        builder.UseSetting("Umbraco:Forms:Options:EnableFormsApi", "true");
        builder.UseSetting("Umbraco:Forms:Security:FormsApiKey", ApiKey);
        builder.UseDefaultServiceProvider(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = true;
        });
    }

    public virtual async Task InitializeAsync()
    {
        var home = await Publish(await Content.CreateAsync("Home", ContentItem.RootId, "home", "en-US"), ("heroTitle", "Find a group", "尋找小組"), name: "主頁");
        var workshops = await Publish(await Content.CreateAsync("Workshops", home.Id, "workshopList", "en-US"), name: "工作坊");
        var workshop = await Content.CreateAsync("Running a first meeting", workshops.Id, "workshop", "en-US");
        workshop.SetValue("capacity", 1);
        Workshop = await Publish(workshop, ("title", "Running a first meeting", "主持第一次聚會"), name: "主持第一次聚會");
        var groups = await Publish(await Content.CreateAsync("Groups", home.Id, "groupDirectory", "en-US"), name: "組織名錄");
        var group = await Content.CreateAsync("Kwun Tong Carers", groups.Id, "selfHelpGroup", "en-US");
        group.SetValue("publicEmail", GroupAddress);
        Group = await Publish(group, ("name", "Kwun Tong Carers", "觀塘照顧者"), name: "觀塘照顧者");
        VolunteerHub = await Publish(await Content.CreateAsync("Volunteer", home.Id, "volunteerHub", "en-US"), name: "義工");
    }

    private async Task<ContentItem> Publish(ContentItem item, (string Alias, string English, string Chinese)? title = null, string? name = null)
    {
        if (name is not null)
        {
            item.SetName(name, "zh-HK");
        }
        if (title is { } t)
        {
            item.SetValue(t.Alias, t.English, "en-US");
            item.SetValue(t.Alias, t.Chinese, "zh-HK");
        }
        return PageBuilder.Succeeded(await Content.PublishAsync(item, ["*"]));
    }

    /// <summary>Creates a staff member with the given roles and returns a client that sends their bearer token.</summary>
    public async Task<HttpClient> StaffClientAsync(string email, params string[] roles)
    {
        using (var scope = Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, StaffPassword)).Succeeded);
            foreach (var role in roles)
            {
                Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            }
        }
        var client = Client();
        var login = await client.PostAsJsonAsync("/umbraco/staff/api/v1/login", new { email, password = StaffPassword });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Gets a page, and posts a form on it with the antiforgery token the page carried.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> values, string? formKey = null)
    {
        var page = await (await client.GetAsync(path)).Content.ReadAsStringAsync();
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var key = formKey ?? Regex.Match(page, "name=\"__selfhelpForm\" value=\"([^\"]+)\"").Groups[1].Value;
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in values.Append(new("__RequestVerificationToken", token)).Append(new("__selfhelpForm", key)))
        {
            content.Add(new StringContent(value), name);
        }
        return await client.PostAsync(path, content);
    }

    private static string FindShipped()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SelfHelp.sln")))
            {
                return Path.Combine(dir.FullName, "uSync", "v17");
            }
        }
        throw new DirectoryNotFoundException("The repository's uSync/v17 folder was not found above the test output.");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Smtp.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }
}
