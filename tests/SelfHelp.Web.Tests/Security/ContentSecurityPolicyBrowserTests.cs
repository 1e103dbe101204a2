using Microsoft.Playwright;
using SelfHelp.Web.Tests.Forms;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Security;

/// <summary>Chromium enforcing the site's Content-Security-Policy: the pages' own scripts and styles run and nothing is refused.</summary>
public sealed class ContentSecurityPolicyBrowserTests(KestrelFormsHost host) : IClassFixture<KestrelFormsHost>
{
    // Runs before any page script (Playwright injects it outside the page's policy) and records every refusal.
    private const string RecordViolations =
        "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    [Fact]
    public async Task A_form_with_its_script_and_the_search_box_with_suggestions_run_without_a_single_violation()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);
        await page.AddInitScriptAsync(RecordViolations);

        await page.GotoAsync(host.BaseAddress + "/workshops/running-a-first-meeting/");
        await page.GetByLabel("Email address").FillAsync("not-an-address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await page.WaitForSelectorAsync(".error-summary");
        var onFormPage = await page.EvaluateAsync<string[]>("window.__cspViolations");

        await page.GotoAsync(host.BaseAddress + "/search/");
        var suggested = page.WaitForResponseAsync(r => r.Url.Contains("/api/search/suggest", StringComparison.Ordinal));
        await page.GetByLabel("Search for").PressSequentiallyAsync("work");
        await suggested;
        var onSearchPage = await page.EvaluateAsync<string[]>("window.__cspViolations");

        Assert.Empty(onFormPage);
        Assert.Empty(onSearchPage);
        Assert.DoesNotContain(console, text => text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }
}
