using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Security;

/// <summary>
/// A bare site (no content) for sign-in and pipeline tests, built per test: an environment, extra settings, and
/// optionally the database of another host, as a second node of the same site would have.
/// </summary>
public sealed class SecurityHost : TempSiteHost
{
    public const string Password = "Staff-Password-123456";

    public string Environment { get; init; } = "Development";
    public Dictionary<string, string?> Settings { get; init; } = [];
    public SecurityHost? SharesDatabaseWith { get; init; }

    public string ContentRoot => Root;
    public string DatabasePath => SharesDatabaseWith?.DatabasePath ?? Path.Combine(Root, "SelfHelp.sqlite.db");

    protected override (string USyncFolder, bool DemoContent) SiteSetup() =>
        (Directory.CreateDirectory(Path.Combine(Root, "uSync", "v17")).FullName, false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:umbracoDbDSN", $"Data Source={DatabasePath};Cache=Shared;Foreign Keys=True;Pooling=True");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Stops the host and removes its folder, so <c>await using</c> leaves nothing behind.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Already gone, or held by the OS: left for the temp cleaner.
        }
    }

    /// <summary>A client on https://selfhelp.example, so HTTPS redirection and HSTS (which skips localhost) apply as on a server.</summary>
    public HttpClient HttpsClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://selfhelp.example") });

    public async Task CreateStaffAsync(string email, params string[] roles)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        foreach (var role in roles)
        {
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }
    }

    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/umbraco/staff/api/v1/login", new { email, password });

    /// <summary>Signs in and returns the bearer token, failing the test if sign-in is refused.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string email, string password)
    {
        var login = await LoginAsync(client, email, password);
        Assert.Equal(System.Net.HttpStatusCode.OK, login.StatusCode);
        return (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
