using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.Tests.ManagementApi.Server;

/// <summary><c>server/*</c> as the client reads it: status and configuration before sign-in, the rest signed in.</summary>
public sealed class ServerEndpointsTests(ManagementApiHost host) : IClassFixture<ManagementApiHost>
{
    private const string Server = "/umbraco/management/api/v1/server";

    [Fact]
    public async Task Status_is_Run_without_signing_in()
    {
        var status = await host.Client().GetFromJsonAsync<JsonElement>($"{Server}/status");

        Assert.Equal("Run", status.GetProperty("serverStatus").GetString());
    }

    [Fact]
    public async Task Configuration_has_the_fields_the_client_reads_and_turns_the_version_check_off()
    {
        var configuration = await host.Client().GetFromJsonAsync<JsonElement>($"{Server}/configuration");

        Assert.Equal(JsonValueKind.False, configuration.GetProperty("allowPasswordReset").ValueKind);
        Assert.Equal(0, configuration.GetProperty("versionCheckPeriod").GetInt32());
        Assert.True(configuration.GetProperty("allowLocalLogin").GetBoolean());
        Assert.Equal(JsonValueKind.String, configuration.GetProperty("umbracoCssPath").ValueKind);
    }

    [Fact]
    public async Task Information_needs_a_back_office_user_and_gives_a_semantic_version()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client().GetAsync($"{Server}/information")).StatusCode);
        var client = await host.SignedInAsync(BackOfficeUserGroups.Writer);

        var information = await client.GetFromJsonAsync<JsonElement>($"{Server}/information");

        Assert.Matches(@"^\d+\.\d+\.\d+", information.GetProperty("version").GetString());
        Assert.Equal(JsonValueKind.String, information.GetProperty("assemblyVersion").ValueKind);
        Assert.Matches(@"^-?\d\d:\d\d:\d\d$", information.GetProperty("baseUtcOffset").GetString());
        Assert.Contains(information.GetProperty("runtimeMode").GetString(), new[] { "BackofficeDevelopment", "Development", "Production" });
    }

    [Fact]
    public async Task Troubleshooting_needs_the_Settings_section()
    {
        var writer = await host.SignedInAsync(BackOfficeUserGroups.Writer);
        var admin = await host.SignedInAsync(BackOfficeUserGroups.Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync($"{Server}/troubleshooting")).StatusCode);
        var facts = (await admin.GetFromJsonAsync<JsonElement>($"{Server}/troubleshooting")).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(facts, f => f.GetProperty("name").GetString() == "Default Language" && f.GetProperty("data").GetString() == "en-US");
    }
}
