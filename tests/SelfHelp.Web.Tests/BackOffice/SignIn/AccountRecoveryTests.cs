using System.Net;
using System.Text.RegularExpressions;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.BackOffice.SignIn;

/// <summary>A forgotten password reset by email, and two-step verification with an authenticator app.</summary>
public sealed partial class AccountRecoveryTests(SignInHost host) : IClassFixture<SignInHost>
{
    private const string NewPassword = "A-brand-new-password-456";

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_emailed_link_and_the_new_one_signs_in()
    {
        var email = await host.NewAccountAsync(BackOfficeUserGroups.Editor);
        var client = host.Client();

        var asked = await StaffAccounts.PostPageAsync(client, "/umbraco/login/forgotten-password", [new("email", email)]);

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var message = await host.Smtp.WaitForAsync(m => m.To.ToString().Contains(email));
        var link = new Uri(ResetLink().Match(message.TextBody ?? "").Value);
        Assert.Equal("/umbraco/login/reset-password", link.AbsolutePath);
        var reset = await StaffAccounts.PostPageAsync(client, link.PathAndQuery, [new("password", NewPassword)]);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("Your password has been changed", await reset.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await StaffAccounts.LoginAsync(host.Client(), email, SignInHost.Password)).StatusCode);
        Assert.NotEmpty(await StaffAccounts.TokenAsync(host.Client(), email, NewPassword));
        // The link works once.
        var reused = await StaffAccounts.PostPageAsync(host.Client(), link.PathAndQuery, [new("password", "Yet-another-password-789")]);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
    }

    [Fact]
    public async Task Asking_for_an_unknown_account_answers_the_same_and_sends_nothing()
    {
        var known = await host.NewAccountAsync();
        var unknown = $"nobody-{Guid.NewGuid():N}@selfhelp.example";

        var forKnown = await StaffAccounts.PostPageAsync(host.Client(), "/umbraco/login/forgotten-password", [new("email", known)]);
        var forUnknown = await StaffAccounts.PostPageAsync(host.Client(), "/umbraco/login/forgotten-password", [new("email", unknown)]);

        Assert.Equal(forKnown.StatusCode, forUnknown.StatusCode);
        Assert.Equal(Visible(await forKnown.Content.ReadAsStringAsync()), Visible(await forUnknown.Content.ReadAsStringAsync()));
        await host.Smtp.WaitForAsync(m => m.To.ToString().Contains(known));
        Assert.DoesNotContain(host.Smtp.Messages, m => m.To.ToString().Contains(unknown));
    }

    [Fact]
    public async Task A_tampered_reset_code_changes_nothing()
    {
        var email = await host.NewAccountAsync();
        var id = await host.IdOfAsync(email);

        var reset = await StaffAccounts.PostPageAsync(host.Client(), $"/umbraco/login/reset-password?user={id}&code=forged", [new("password", NewPassword)]);

        Assert.Equal(HttpStatusCode.BadRequest, reset.StatusCode);
        Assert.NotEmpty(await StaffAccounts.TokenAsync(host.Client(), email, SignInHost.Password));
    }

    [Fact]
    public async Task With_an_authenticator_set_up_sign_in_asks_for_its_code_and_a_right_code_completes_the_code_flow()
    {
        var email = await host.NewAccountAsync(BackOfficeUserGroups.Admin);
        var client = host.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.LoginAsync(client, email, SignInHost.Password)).StatusCode);
        var setupPage = await (await client.GetAsync("/umbraco/login/two-factor-setup")).Content.ReadAsStringAsync();
        var key = SharedKey().Match(setupPage).Groups[1].Value.Replace(" ", "");
        Assert.Contains("<img class=\"qr\" src=\"data:image/png;base64,", setupPage);
        var wrong = await StaffAccounts.PostPageAsync(client, "/umbraco/login/two-factor-setup", [new("code", "000000")]);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var enabled = await StaffAccounts.PostPageAsync(client, "/umbraco/login/two-factor-setup", [new("code", SignInHost.TotpCode(key, DateTimeOffset.UtcNow))]);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.True(await host.WithAccountAsync(email, (users, user) => users.GetTwoFactorEnabledAsync(user)));

        var browser = host.Client();
        var (verifier, challenge) = StaffAccounts.Pkce();
        var authorize = StaffAccounts.AuthorizeUrl(challenge);
        var password = await StaffAccounts.LoginAsync(browser, email, SignInHost.Password, authorize);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        var second = password.Headers.Location!.OriginalString;
        Assert.StartsWith("/umbraco/login/two-factor?", second);
        // The password alone is no session: authorize still sends the browser to sign in.
        Assert.StartsWith("/umbraco/login?", (await browser.GetAsync(authorize)).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await StaffAccounts.PostPageAsync(browser, second, [new("code", "000000")])).StatusCode);
        var verified = await StaffAccounts.PostPageAsync(browser, second, [new("code", SignInHost.TotpCode(key, DateTimeOffset.UtcNow))]);
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Equal(authorize, verified.Headers.Location!.OriginalString);
        var code = StaffAccounts.CodeFrom(await browser.GetAsync(authorize));
        Assert.NotEmpty((await StaffAccounts.ReadTokensAsync(await StaffAccounts.ExchangeAsync(browser, code, verifier))).AccessToken);
    }

    [Fact]
    public async Task Setting_up_an_authenticator_needs_a_back_office_session()
    {
        var response = await host.Client().GetAsync("/umbraco/login/two-factor-setup");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/umbraco/login?returnUrl=%2Fumbraco%2Flogin%2Ftwo-factor-setup", response.Headers.Location!.OriginalString);
    }

    /// <summary>The page without its per-request antiforgery token.</summary>
    private static string Visible(string html) => AntiforgeryValue().Replace(html, "");

    [GeneratedRegex(@"http://localhost/umbraco/login/reset-password\?\S+")]
    private static partial Regex ResetLink();

    [GeneratedRegex("<code class=\"key\">([A-Z2-7 ]+)</code>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"[^\"]+\"")]
    private static partial Regex AntiforgeryValue();
}
