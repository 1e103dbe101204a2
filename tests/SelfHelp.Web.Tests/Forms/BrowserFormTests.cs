using SelfHelp.Web.Tests.Testing;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SelfHelp.Web.Tests.Forms;

/// <summary>The forms host on a real Kestrel port on loopback, so a browser can reach it.</summary>
public sealed class KestrelFormsHost : FormsHost
{
    protected override bool OnKestrel => true;
}

public sealed class BrowserFormTests(KestrelFormsHost host) : IClassFixture<KestrelFormsHost>
{
    [Fact]
    public async Task A_visitor_fills_in_and_sends_the_workshop_form_in_chromium_and_the_page_passes_axe()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(host.BaseAddress + "/workshops/running-a-first-meeting/");

        await page.GetByLabel("Your name").FillAsync("Ho Wing");
        await page.GetByLabel("Email address").FillAsync("not-an-address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await page.WaitForSelectorAsync(".error-summary");
        Assert.Equal("alert", await page.EvaluateAsync<string>("document.activeElement.getAttribute('role')"));
        var withErrors = await page.RunAxe();
        Assert.Empty(withErrors.Violations);

        await page.GetByLabel("Email address").FillAsync("ho.wing@example.com");
        await page.GetByLabel("Organisers").CheckAsync();
        await page.GetByLabel("I agree that my answers may be used for this purpose.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await page.WaitForSelectorAsync(".form-submitted");

        Assert.Contains("Thank you for registering.", await page.InnerTextAsync(".form-submitted"));
        var thanked = await page.RunAxe();
        Assert.Empty(thanked.Violations);
        Assert.Contains("ho.wing@example.com", (await host.Smtp.WaitForAsync(m => m.To.ToString() == "ho.wing@example.com")).To.ToString());
    }
}
