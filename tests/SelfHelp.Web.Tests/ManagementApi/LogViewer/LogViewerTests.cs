using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.Tests.ManagementApi.LogViewer;

/// <summary><c>log-viewer/*</c>: the host's recent warnings and errors, for the Settings section.</summary>
public sealed class LogViewerTests(ManagementApiHost host) : IClassFixture<ManagementApiHost>
{
    private const string Api = "/umbraco/management/api/v1/log-viewer";

    [Fact]
    public async Task A_logged_error_shows_with_its_template_and_values_but_not_its_exception_message_and_information_is_not_kept()
    {
        var admin = await host.SignedInAsync(BackOfficeUserGroups.Admin);
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SelfHelp.Tests.LogViewer");
        var marker = Guid.NewGuid().ToString("N");
        logger.LogError(new InvalidOperationException("secret-detail"), "Import {Marker} failed", marker);
        logger.LogInformation("Routine {Marker}", marker);

        var page = await admin.GetFromJsonAsync<JsonElement>($"{Api}/log?filterExpression={marker}&take=10");

        var entry = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Error", entry.GetProperty("level").GetString());
        Assert.Equal("Import {Marker} failed", entry.GetProperty("messageTemplate").GetString());
        Assert.Equal($"Import {marker} failed", entry.GetProperty("renderedMessage").GetString());
        Assert.Contains(entry.GetProperty("properties").EnumerateArray(), p => p.GetProperty("name").GetString() == "Marker" && p.GetProperty("value").GetString() == marker);
        Assert.StartsWith("System.InvalidOperationException", entry.GetProperty("exception").GetString());
        Assert.DoesNotContain("secret-detail", entry.GetProperty("exception").GetString());
        Assert.True(DateTimeOffset.TryParse(entry.GetProperty("timestamp").GetString(), out _));
        Assert.True((await admin.GetFromJsonAsync<JsonElement>($"{Api}/level-count")).GetProperty("error").GetInt32() >= 1);
        Assert.Contains((await admin.GetFromJsonAsync<JsonElement>($"{Api}/message-template?take=1000")).GetProperty("items").EnumerateArray(),
            t => t.GetProperty("messageTemplate").GetString() == "Import {Marker} failed");
    }

    [Fact]
    public async Task Only_the_Settings_section_reads_the_log()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"{Api}/log")).StatusCode);
    }
}
