using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.BackOffice.SignIn;

/// <summary>A bare site on a real Kestrel port on loopback, so a browser can reach its sign-in pages.</summary>
public sealed class KestrelSignInHost : TempSiteHost
{
    protected override bool OnKestrel => true;
}

/// <summary>The sign-in page in Chromium, without JavaScript: labelled fields, errors tied to them, and nothing serious for axe in either language.</summary>
public sealed class SignInPageBrowserTests(KestrelSignInHost host) : IClassFixture<KestrelSignInHost>
{
    [Theory]
    [InlineData("en", "Email", "Password", "Sign in", "Enter your email address.")]
    [InlineData("zh-HK", "電郵地址", "密碼", "登入", "請輸入電郵地址。")]
    public async Task The_sign_in_page_and_its_errors_have_no_serious_accessibility_problem(string culture, string email, string password, string submit, string missingEmail)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { JavaScriptEnabled = false });
        await page.GotoAsync($"{host.BaseAddress}/umbraco/login?culture={culture}");
        await AssertNoSeriousViolationsAsync(page);

        await page.GetByLabel(password, new() { Exact = true }).FillAsync("Some-password-123");
        await page.GetByRole(AriaRole.Button, new() { Name = submit, Exact = true }).ClickAsync();

        var field = page.GetByLabel(email, new() { Exact = true });
        Assert.Equal("true", await field.GetAttributeAsync("aria-invalid"));
        Assert.Equal(missingEmail, await page.Locator("#" + (await field.GetAttributeAsync("aria-describedby"))).InnerTextAsync());
        await AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task The_forgotten_password_and_two_step_pages_have_no_serious_accessibility_problem()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { JavaScriptEnabled = false });
        foreach (var path in new[] { "/umbraco/login/forgotten-password?culture=zh-HK", "/umbraco/login/two-factor?culture=en", "/umbraco/login/reset-password?culture=zh-HK" })
        {
            await page.GotoAsync(host.BaseAddress + path);
            await AssertNoSeriousViolationsAsync(page);
        }
    }

    private static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var results = await page.RunAxe();
        Assert.Empty(results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{page.Url} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
    }
}
