using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace SelfHelp.Web.Tests.Testing;

/// <summary>Staff accounts in a test site: created through Identity as an administrator would, signed in through the login endpoint.</summary>
public static class StaffAccounts
{
    public static async Task CreateAsync(IServiceProvider services, string email, string password, params string[] roles)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        foreach (var role in roles)
        {
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }
    }

    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/umbraco/staff/api/v1/login", new { email, password });

    /// <summary>Signs in and returns the bearer token, failing the test if sign-in is refused.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string email, string password)
    {
        var login = await LoginAsync(client, email, password);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
