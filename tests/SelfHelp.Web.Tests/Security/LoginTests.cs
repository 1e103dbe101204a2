using System.Net;

namespace SelfHelp.Web.Tests.Security;

/// <summary>The sign-in page's answers to wrong input, wrong passwords and too many attempts.</summary>
public sealed class LoginTests
{
    [Theory]
    [InlineData("", "x")]
    [InlineData("someone@selfhelp.example", "")]
    [InlineData("   ", "x")]
    public async Task A_form_without_an_email_and_a_password_is_a_400_page_naming_the_missing_field(string email, string password)
    {
        await using var host = new SecurityHost();
        await host.InitializeAsync();

        var response = await SecurityHost.LoginAsync(host.Client(), email, password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Contains(email.Trim().Length == 0 ? "-error\">Enter your email address." : "-error\">Enter your password.", html);
    }

    [Fact]
    public async Task A_post_without_the_page_antiforgery_token_is_refused_before_any_password_is_checked()
    {
        await using var host = new SecurityHost();
        await host.InitializeAsync();
        await host.CreateStaffAsync("forged@selfhelp.example");

        var response = await host.Client().PostAsync("/umbraco/login",
            new FormUrlEncodedContent([new("email", "forged@selfhelp.example"), new("password", SecurityHost.Password)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("SelfHelp.BackOffice=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_wrong_password_is_a_401_page_that_says_so_in_the_visitors_language()
    {
        await using var host = new SecurityHost();
        await host.InitializeAsync();
        await host.CreateStaffAsync("wrong@selfhelp.example");
        var client = host.Client();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-HK");

        var response = await SecurityHost.LoginAsync(client, "wrong@selfhelp.example", "Wrong-password-123");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"zh-Hant-HK\"", html);
        Assert.Contains("電郵地址或密碼不正確", html);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_even_the_right_one_is_refused()
    {
        await using var host = new SecurityHost { Settings = { ["SelfHelp:Security:Login:PermitsPerAccount"] = "100" } };
        await host.InitializeAsync();
        await host.CreateStaffAsync("locked@selfhelp.example");
        var client = host.Client();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add((await SecurityHost.LoginAsync(client, "locked@selfhelp.example", "Wrong-password-123")).StatusCode);
        }
        var right = await SecurityHost.LoginAsync(client, "locked@selfhelp.example", SecurityHost.Password);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.Locked], answers);
        Assert.Equal(HttpStatusCode.Locked, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Attempts_from_one_address_beyond_the_limit_are_a_429_page_with_retry_after()
    {
        await using var host = new SecurityHost { Settings = { ["SelfHelp:Security:Login:PermitsPerAddress"] = "3", ["SelfHelp:Security:Login:PermitsPerAccount"] = "100" } };
        await host.InitializeAsync();
        var client = host.Client();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await SecurityHost.LoginAsync(client, $"nobody{i}@selfhelp.example", "Wrong-password-123")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], answers);
        var refused = await SecurityHost.LoginAsync(client, "another@selfhelp.example", "Wrong-password-123");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) > 0);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many sign-in attempts", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Attempts_for_one_account_beyond_the_limit_are_429_even_with_the_right_password()
    {
        await using var host = new SecurityHost { Settings = { ["SelfHelp:Security:Login:PermitsPerAccount"] = "2" } };
        await host.InitializeAsync();
        await host.CreateStaffAsync("target@selfhelp.example");
        var client = host.Client();

        var first = await SecurityHost.LoginAsync(client, "target@selfhelp.example", "Wrong-password-123");
        var second = await SecurityHost.LoginAsync(client, "TARGET@selfhelp.example", "Wrong-password-123");
        var third = await SecurityHost.LoginAsync(client, "target@selfhelp.example", SecurityHost.Password);
        var otherAccount = await SecurityHost.LoginAsync(client, "someone-else@selfhelp.example", "Wrong-password-123");

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.Unauthorized, otherAccount.StatusCode);
    }
}
