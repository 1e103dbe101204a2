using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using SelfHelp.Web.Security;
using SelfHelp.Testing;

namespace SelfHelp.Web.Tests.Security;

public sealed class FirstAdministratorTests
{
    [Fact]
    public async Task Umbraco_unattended_install_settings_create_the_first_administrator_outside_development()
    {
        await using var host = new SecurityHost
        {
            Environment = "Production",
            Settings =
            {
                ["Umbraco:CMS:Unattended:InstallUnattended"] = "true",
                ["Umbraco:CMS:Unattended:UnattendedUserName"] = "Site Administrator",
                ["Umbraco:CMS:Unattended:UnattendedUserEmail"] = "owner@selfhelp.example",
                ["Umbraco:CMS:Unattended:UnattendedUserPassword"] = "From-the-environment-2026",
            },
        };
        await host.InitializeAsync();
        var client = host.HttpsClient();

        client.DefaultRequestHeaders.Authorization = SecurityHost.Bearer(await SecurityHost.TokenAsync(client, "owner@selfhelp.example", "From-the-environment-2026"));
        var export = await client.PostAsJsonAsync("/umbraco/forms/management/api/v1/personal-data/export", new { email = "nobody@example.com" });

        Assert.Equal(HttpStatusCode.OK, export.StatusCode); // the Admin role: personal data is a DataProtectionOfficer's (or Admin's) action
        Assert.False(File.Exists(Path.Combine(host.ContentRoot, "App_Data", FirstAdministratorStep.DevelopmentPasswordFile)));
    }

    [Fact]
    public async Task Unattended_settings_with_a_user_half_given_stop_the_start_with_a_clear_message()
    {
        await using var host = new SecurityHost
        {
            Environment = "Production",
            Settings = { ["Umbraco:CMS:Unattended:InstallUnattended"] = "true", ["Umbraco:CMS:Unattended:UnattendedUserEmail"] = "owner@selfhelp.example" },
        };

        var failure = await Assert.ThrowsAnyAsync<Exception>(host.InitializeAsync);

        Assert.Contains("UnattendedUserPassword", failure.ToString());
    }

    [Fact]
    public async Task In_development_a_random_password_is_written_once_to_app_data_and_a_restart_keeps_it()
    {
        await using var host = new SecurityHost();
        await host.InitializeAsync();
        var file = Path.Combine(host.ContentRoot, "App_Data", FirstAdministratorStep.DevelopmentPasswordFile);
        var lines = await File.ReadAllLinesAsync(file);

        Assert.Equal(FirstAdministratorStep.DevelopmentEmail, lines[0]);
        await SecurityHost.TokenAsync(host.Client(), lines[0], lines[1]);

        await using var restarted = new SecurityHost { SharesDatabaseWith = host };
        await restarted.InitializeAsync();

        Assert.False(File.Exists(Path.Combine(restarted.ContentRoot, "App_Data", FirstAdministratorStep.DevelopmentPasswordFile)));
        Assert.Equal(lines, await File.ReadAllLinesAsync(file));
        await SecurityHost.TokenAsync(restarted.Client(), lines[0], lines[1]);
    }

    [Fact]
    public async Task Outside_development_without_unattended_settings_nobody_is_created()
    {
        await using var host = new SecurityHost { Environment = "Production" };
        await host.InitializeAsync();

        var login = await SecurityHost.LoginAsync(host.HttpsClient(), FirstAdministratorStep.DevelopmentEmail, "anything-at-all-123");

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.False(File.Exists(Path.Combine(host.ContentRoot, "App_Data", FirstAdministratorStep.DevelopmentPasswordFile)));
    }

    [Fact]
    public void No_settings_file_of_the_site_commits_a_password()
    {
        var site = Path.Combine(RepositoryFiles.Root, "SelfHelp.Web");
        var committed = Directory.EnumerateFiles(site, "appsettings*.json")
            .SelectMany(file => Passwords(JsonDocument.Parse(File.ReadAllText(file)).RootElement, Path.GetFileName(file)))
            .ToList();

        Assert.Empty(committed);
    }

    private static IEnumerable<string> Passwords(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name.Contains("Password", StringComparison.OrdinalIgnoreCase) && p.Value is { ValueKind: JsonValueKind.String } v && v.GetString()!.Length > 0
                ? [$"{path}:{p.Name}"]
                : Passwords(p.Value, $"{path}:{p.Name}")),
        JsonValueKind.Array => element.EnumerateArray().SelectMany((e, i) => Passwords(e, $"{path}:{i}")),
        _ => [],
    };
}
