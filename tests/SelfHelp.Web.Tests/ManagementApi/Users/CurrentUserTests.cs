using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.ManagementApi.Users;

/// <summary><c>user/current/*</c>: the shapes the client reads at boot, from the user's groups as stored.</summary>
public sealed class CurrentUserTests(ManagementApiHost host) : IClassFixture<ManagementApiHost>
{
    private const string Current = "/umbraco/management/api/v1/user/current";

    [Fact]
    public async Task An_editor_sees_their_groups_sections_and_verbs_in_the_clients_shape()
    {
        var client = await host.SignedInAsync(BackOfficeUserGroups.Editor);

        var user = await client.GetFromJsonAsync<JsonElement>(Current);

        foreach (var name in new[] { "email", "userName", "name", "id" })
        {
            Assert.Equal(JsonValueKind.String, user.GetProperty(name).ValueKind);
        }
        foreach (var name in new[] { "userGroupIds", "documentStartNodeIds", "mediaStartNodeIds", "avatarUrls", "languages", "fallbackPermissions", "permissions", "allowedSections" })
        {
            Assert.Equal(JsonValueKind.Array, user.GetProperty(name).ValueKind);
        }
        Assert.True(user.TryGetProperty("languageIsoCode", out _));
        Assert.True(user.GetProperty("hasDocumentRootAccess").GetBoolean());
        Assert.True(user.GetProperty("hasMediaRootAccess").GetBoolean());
        Assert.True(user.GetProperty("hasAccessToAllLanguages").GetBoolean());
        Assert.False(user.GetProperty("hasAccessToSensitiveData").GetBoolean());
        Assert.False(user.GetProperty("isAdmin").GetBoolean());
        var editors = BackOfficeUserGroups.Seeded.Single(g => g.Alias == BackOfficeUserGroups.Editor);
        Assert.Equal([editors.Key], user.GetProperty("userGroupIds").EnumerateArray().Select(g => g.GetProperty("id").GetGuid()));
        Assert.Equal(editors.Sections.Order(), user.GetProperty("allowedSections").EnumerateArray().Select(s => s.GetString()!).Order());
        Assert.Contains(DocumentPermissions.Publish, user.GetProperty("fallbackPermissions").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task A_translator_may_edit_Chinese_only()
    {
        var client = await host.SignedInAsync(BackOfficeUserGroups.Translator);

        var user = await client.GetFromJsonAsync<JsonElement>(Current);

        Assert.False(user.GetProperty("hasAccessToAllLanguages").GetBoolean());
        Assert.Equal(["zh-HK"], user.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.DoesNotContain(DocumentPermissions.Publish, user.GetProperty("fallbackPermissions").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task An_administrator_is_admin_with_every_section()
    {
        var client = await host.SignedInAsync(BackOfficeUserGroups.Admin);

        var user = await client.GetFromJsonAsync<JsonElement>(Current);

        Assert.True(user.GetProperty("isAdmin").GetBoolean());
        Assert.Equal(BackOfficeSections.All.Order(), user.GetProperty("allowedSections").EnumerateArray().Select(s => s.GetString()!).Order());
    }

    [Fact]
    public async Task Configuration_gives_the_password_rules_Identity_enforces()
    {
        var client = await host.SignedInAsync(BackOfficeUserGroups.Writer);

        var configuration = await client.GetFromJsonAsync<JsonElement>($"{Current}/configuration");

        Assert.Equal(12, configuration.GetProperty("passwordConfiguration").GetProperty("minimumPasswordLength").GetInt32());
        Assert.True(configuration.GetProperty("allowChangePassword").GetBoolean());
        Assert.Equal(JsonValueKind.False, configuration.GetProperty("keepUserLoggedIn").ValueKind);
        Assert.Equal(JsonValueKind.Array, (await client.GetFromJsonAsync<JsonElement>($"{Current}/login-providers")).ValueKind);
        var twoFactor = Assert.Single((await client.GetFromJsonAsync<JsonElement>($"{Current}/2fa")).EnumerateArray());
        Assert.Equal(JsonValueKind.String, twoFactor.GetProperty("providerName").ValueKind);
        Assert.False(twoFactor.GetProperty("isEnabledOnUser").GetBoolean());
    }

    [Fact]
    public async Task Changing_ones_own_password_needs_the_old_one_and_then_signs_in_with_the_new()
    {
        var client = await host.SignedInAsync(BackOfficeUserGroups.Writer);
        var email = (await client.GetFromJsonAsync<JsonElement>(Current)).GetProperty("email").GetString()!;

        var wrong = await client.PostAsJsonAsync($"{Current}/change-password", new { oldPassword = "Not-the-password-1", newPassword = "A-new-password-2345" });
        var changed = await client.PostAsJsonAsync($"{Current}/change-password", new { oldPassword = ManagementApiHost.Password, newPassword = "A-new-password-2345" });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("Error", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StaffAccounts.LoginAsync(host.Client(), email, "A-new-password-2345")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_requests_are_refused()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client().GetAsync(Current)).StatusCode);
    }
}
