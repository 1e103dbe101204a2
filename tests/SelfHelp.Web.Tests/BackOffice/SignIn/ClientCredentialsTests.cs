using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.BackOffice.SignIn;

/// <summary>API users: an administrator registers a client for a back office user, which then gets that user's tokens with client credentials.</summary>
public sealed class ClientCredentialsTests(SignInHost host) : IClassFixture<SignInHost>
{
    private const string Secret = "client-secret-0123456789abcdef";

    private static string Credentials(string userId) => $"/umbraco/management/api/v1/user/{userId}/client-credentials";

    private Task<HttpResponseMessage> ClientTokenAsync(string clientId, string secret) =>
        host.Client().PostAsync(StaffAccounts.TokenPath, new FormUrlEncodedContent(
            [new("grant_type", "client_credentials"), new("client_id", clientId), new("client_secret", secret)]));

    [Fact]
    public async Task A_registered_client_gets_tokens_that_act_as_its_user_until_it_is_deleted()
    {
        var admin = host.WithToken(await StaffAccounts.TokenAsync(host.Client(), await host.NewAccountAsync(BackOfficeUserGroups.Admin), SignInHost.Password));
        var apiUser = await host.IdOfAsync(await host.NewAccountAsync(BackOfficeUserGroups.Admin));
        var clientId = $"umbraco-back-office-{Guid.NewGuid():N}";

        var created = await admin.PostAsJsonAsync(Credentials(apiUser), new { clientId, clientSecret = Secret });

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(0, created.Content.Headers.ContentLength);
        Assert.Equal([clientId], (await admin.GetFromJsonAsync<string[]>(Credentials(apiUser)))!);
        var token = await StaffAccounts.ReadTokensAsync(await ClientTokenAsync(clientId, Secret));
        Assert.Null(token.RefreshToken);
        var asApiUser = host.WithToken(token.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await asApiUser.GetAsync(Credentials(apiUser))).StatusCode);
        await AssertInvalidClientAsync(await ClientTokenAsync(clientId, "a-wrong-secret-0123456789"));

        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"{Credentials(apiUser)}/{clientId}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await asApiUser.GetAsync(Credentials(apiUser))).StatusCode);
        await AssertInvalidClientAsync(await ClientTokenAsync(clientId, Secret));
        Assert.Empty((await admin.GetFromJsonAsync<string[]>(Credentials(apiUser)))!);
    }

    private static async Task AssertInvalidClientAsync(HttpResponseMessage response)
    {
        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal("invalid_client", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("my-client", Secret, "$.clientId")]
    [InlineData("umbraco-back-office-", Secret, "$.clientId")]
    [InlineData("umbraco-back-office-with space", Secret, "$.clientId")]
    [InlineData("umbraco-back-office-short-secret", "short", "$.clientSecret")]
    public async Task A_client_id_without_umbracos_prefix_or_a_short_secret_is_a_400_naming_the_field(string clientId, string secret, string field)
    {
        var admin = host.WithToken(await StaffAccounts.TokenAsync(host.Client(), await host.NewAccountAsync(BackOfficeUserGroups.Admin), SignInHost.Password));
        var apiUser = await host.IdOfAsync(await host.NewAccountAsync(BackOfficeUserGroups.Editor));

        var response = await admin.PostAsJsonAsync(Credentials(apiUser), new { clientId, clientSecret = secret });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_client_id_in_use_is_a_duplicate_and_the_back_office_client_itself_cannot_be_taken()
    {
        var admin = host.WithToken(await StaffAccounts.TokenAsync(host.Client(), await host.NewAccountAsync(BackOfficeUserGroups.Admin), SignInHost.Password));
        var apiUser = await host.IdOfAsync(await host.NewAccountAsync(BackOfficeUserGroups.Editor));
        var clientId = $"umbraco-back-office-{Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync(Credentials(apiUser), new { clientId, clientSecret = Secret })).StatusCode);

        var again = await admin.PostAsJsonAsync(Credentials(apiUser), new { clientId, clientSecret = Secret });

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("DuplicateClientId", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("operationStatus").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync(Credentials(apiUser), new { clientId = "umbraco-back-office", clientSecret = Secret })).StatusCode);
    }

    [Fact]
    public async Task Another_users_client_cannot_be_deleted_through_this_user()
    {
        var admin = host.WithToken(await StaffAccounts.TokenAsync(host.Client(), await host.NewAccountAsync(BackOfficeUserGroups.Admin), SignInHost.Password));
        var owner = await host.IdOfAsync(await host.NewAccountAsync(BackOfficeUserGroups.Editor));
        var other = await host.IdOfAsync(await host.NewAccountAsync(BackOfficeUserGroups.Editor));
        var clientId = $"umbraco-back-office-{Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync(Credentials(owner), new { clientId, clientSecret = Secret })).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"{Credentials(other)}/{clientId}")).StatusCode);

        Assert.Equal([clientId], (await admin.GetFromJsonAsync<string[]>(Credentials(owner)))!);
    }
}
