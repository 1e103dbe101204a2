using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
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
    public string DatabasePath => DatabaseFile;

    protected override string DatabaseFile => SharesDatabaseWith?.DatabasePath ?? base.DatabaseFile;

    protected override void Setup(SiteSetup site)
    {
        site.Environment = Environment;
        foreach (var (key, value) in Settings)
        {
            site.With(key, value);
        }
    }

    /// <summary>A client on https://selfhelp.example, so HTTPS redirection and HSTS (which skips localhost) apply as on a server.</summary>
    public HttpClient HttpsClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://selfhelp.example") });

    public Task CreateStaffAsync(string email, params string[] roles) => StaffAccounts.CreateAsync(Services, email, Password, roles);

    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) => StaffAccounts.LoginAsync(client, email, password);

    /// <summary>Signs in and returns the bearer token, failing the test if sign-in is refused.</summary>
    public static Task<string> TokenAsync(HttpClient client, string email, string password) => StaffAccounts.TokenAsync(client, email, password);

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
