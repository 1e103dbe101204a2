using Microsoft.Playwright;

namespace SelfHelp.Web.Tests.Testing;

/// <summary>
/// Launches Debian's Chromium (<c>apt-get install chromium</c>) for browser tests; Playwright's own browser download
/// is never used, and the background-networking flags keep Chromium off a network this machine does not have.
/// </summary>
public static class DebianChromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
}
