using System.Text.Json;
using System.Web;
using Microsoft.Playwright;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.BackOffice;

/// <summary>The site with the repository's built client on a real port, for Chromium.</summary>
public sealed class KestrelBackOfficeHost : TempSiteHost
{
    protected override bool OnKestrel => true;

    protected override void Setup(SiteSetup site) => site.WithBuiltClient();
}

/// <summary>Umbraco's client, as built here, booting in Debian's Chromium under the back office's policy.</summary>
public sealed class BackOfficeBrowserTests(KestrelBackOfficeHost host) : IClassFixture<KestrelBackOfficeHost>
{
    private const string Authorize = "/umbraco/management/api/v1/security/back-office/authorize";

    // Runs before the page's scripts: records refusals of the policy, and tells the test when <umb-app> is upgraded,
    // which it must learn before the app leaves the page for its sign-in.
    private const string Observe = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
        customElements.whenDefined('umb-app').then(() => {
            const app = document.querySelector('umb-app');
            window.umbAppUpgraded(app instanceof customElements.get('umb-app') && app.shadowRoot !== null, window.__cspViolations);
        });
        """;

    [SkippableFact]
    public async Task Umbraco_opens_with_umb_app_upgraded_and_the_app_starts_its_sign_in_with_pkce_for_the_back_office_client()
    {
        BuiltClient.SkipUnlessBuilt();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        var upgraded = new TaskCompletionSource<(bool Upgraded, string[] Violations)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.ExposeFunctionAsync("umbAppUpgraded", (bool isUpgraded, JsonElement violations) =>
            upgraded.TrySetResult((isUpgraded, [.. violations.EnumerateArray().Select(v => v.GetString() ?? "")])));
        await page.AddInitScriptAsync(Observe);
        await AnswerServerStatusWhileTheServerHasNone(page);

        var signIn = page.WaitForRequestAsync(request => request.Url.Contains(Authorize, StringComparison.Ordinal), new() { Timeout = 90_000 });
        await page.GotoAsync(host.BaseAddress + "/umbraco/section/content");
        var (isUpgraded, violations) = await upgraded.Task.WaitAsync(TimeSpan.FromSeconds(90));
        var authorize = new Uri((await signIn).Url);

        Assert.True(isUpgraded, "umb-app is defined but the element on the page was not upgraded");
        Assert.Empty(violations);
        Assert.Empty(errors);
        var query = HttpUtility.ParseQueryString(authorize.Query);
        Assert.Equal("umbraco-back-office", query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Equal(host.BaseAddress + "/umbraco/oauth_complete", query["redirect_uri"]);
    }

    /// <summary>
    /// The client asks the server's status and configuration before it signs in. Those operations belong to the
    /// Management API's Server folder; until this host has them, the test answers them with what a running SelfHelp
    /// says (RUN, local sign-in), so this test stays about the client's own boot. The server's answer wins when there is one.
    /// </summary>
    private static async Task AnswerServerStatusWhileTheServerHasNone(IPage page)
    {
        var standIns = new Dictionary<string, object>
        {
            ["/umbraco/management/api/v1/server/status"] = new { serverStatus = "Run" },
            ["/umbraco/management/api/v1/server/configuration"] = new { allowPasswordReset = true, versionCheckPeriod = 0, allowLocalLogin = true, umbracoCssPath = "/css" },
        };
        foreach (var (path, answer) in standIns)
        {
            await page.RouteAsync("**" + path, async route =>
            {
                var response = await route.FetchAsync();
                if (response.Status != 404)
                {
                    await route.FulfillAsync(new() { Response = response });
                    return;
                }
                await route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = JsonSerializer.Serialize(answer) });
            });
        }
    }
}
