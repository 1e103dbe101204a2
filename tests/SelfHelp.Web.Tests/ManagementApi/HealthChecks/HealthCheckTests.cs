using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.Tests.ManagementApi.HealthChecks;

/// <summary><c>health-check-group</c>: the app's health checks as one Umbraco group, run from the Settings section.</summary>
public sealed class HealthCheckTests(ManagementApiHost host) : IClassFixture<ManagementApiHost>
{
    private const string Api = "/umbraco/management/api/v1/health-check-group";

    [Fact]
    public async Task The_group_lists_the_apps_checks_and_running_it_reports_each_one()
    {
        var admin = await host.SignedInAsync(BackOfficeUserGroups.Admin);

        var groups = await admin.GetFromJsonAsync<JsonElement>(Api);
        var name = groups.GetProperty("items")[0].GetProperty("name").GetString()!;
        var group = await admin.GetFromJsonAsync<JsonElement>($"{Api}/{name}");
        var run = await (await admin.PostAsync($"{Api}/{name}/check", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(1, groups.GetProperty("total").GetInt32());
        var checks = group.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(3, checks.Count);
        Assert.All(checks, c => Assert.True(Guid.TryParse(c.GetProperty("id").GetString(), out _)));
        var results = run.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(checks.Select(c => c.GetProperty("id").GetString()).Order(), results.Select(r => r.GetProperty("id").GetString()).Order());
        Assert.All(results, r => Assert.Contains(r.GetProperty("results")[0].GetProperty("resultType").GetString(), new[] { "Success", "Warning", "Error", "Info" }));
        Assert.Contains(results, r => r.GetProperty("results")[0].GetProperty("resultType").GetString() == "Success");
    }

    [Fact]
    public async Task Names_are_in_Chinese_for_a_Chinese_browser_and_editors_are_refused()
    {
        var admin = await host.SignedInAsync(BackOfficeUserGroups.Admin);
        admin.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-HK"));
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);

        var group = await admin.GetFromJsonAsync<JsonElement>($"{Api}/SelfHelp");

        Assert.Contains(group.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "資料庫");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(Api)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Api}/Nothing")).StatusCode);
    }
}
