using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SelfHelp.Web.Tests.Security;

public sealed class LoginTests
{
    [Theory]
    [InlineData("{}")]
    [InlineData("""{"email":null,"password":null}""")]
    [InlineData("""{"password":"x"}""")]
    [InlineData("""{"email":"someone@selfhelp.example"}""")]
    [InlineData("""{"email":"   ","password":"x"}""")]
    [InlineData("null")]
    public async Task A_body_without_an_email_and_a_password_is_a_400_problem_naming_what_is_missing(string body)
    {
        await using var host = new SecurityHost();
        await host.InitializeAsync();

        var response = await host.Client().PostAsync("/umbraco/staff/api/v1/login", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any());
        Assert.DoesNotContain("   at ", problem.ToString());
    }

    [Fact]
    public async Task Attempts_from_one_address_beyond_the_limit_are_429_with_retry_after()
    {
        await using var host = new SecurityHost { Settings = { ["SelfHelp:Security:Login:PermitsPerAddress"] = "3", ["SelfHelp:Security:Login:PermitsPerAccount"] = "100" } };
        await host.InitializeAsync();
        var client = host.Client();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await SecurityHost.LoginAsync(client, $"nobody{i}@selfhelp.example", "Wrong-password-123")).StatusCode);
        }
        var refused = await SecurityHost.LoginAsync(client, "another@selfhelp.example", "Wrong-password-123");

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) > 0);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Attempts_for_one_account_beyond_the_limit_are_429_even_with_the_right_password()
    {
        await using var host = new SecurityHost { Settings = { ["SelfHelp:Security:Login:PermitsPerAddress"] = "100", ["SelfHelp:Security:Login:PermitsPerAccount"] = "2" } };
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
