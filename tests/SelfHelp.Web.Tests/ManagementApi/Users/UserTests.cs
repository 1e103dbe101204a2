using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.ManagementApi.Users;

/// <summary><c>user</c>: creating, listing, changing, disabling and deleting users, and the guards around administrators.</summary>
public sealed class UserTests(ManagementApiHost host) : IClassFixture<ManagementApiHost>
{
    private const string Api = "/umbraco/management/api/v1";
    private static Guid GroupKey(string alias) => BackOfficeUserGroups.Seeded.Single(g => g.Alias == alias).Key;

    [Fact]
    public async Task A_created_user_gets_a_generated_password_signs_in_and_reads_in_the_clients_shape()
    {
        var admin = await host.SignedInAsync(BackOfficeUserGroups.Admin);
        var email = $"new-writer-{Guid.NewGuid():N}@selfhelp.example";

        var created = await admin.PostAsJsonAsync($"{Api}/user", new { email, userName = email, name = "陳大文", userGroupIds = new[] { new { id = GroupKey(BackOfficeUserGroups.Writer) } }, kind = "Default" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = Guid.Parse(created.Headers.GetValues("Umb-Generated-Resource").Single());
        var password = (await (await admin.PostAsync($"{Api}/user/{id}/reset-password", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("resetPassword").GetString()!;

        var user = await admin.GetFromJsonAsync<JsonElement>($"{Api}/user/{id}");
        Assert.Equal("陳大文", user.GetProperty("name").GetString());
        Assert.Equal(email, user.GetProperty("email").GetString());
        Assert.Equal("Active", user.GetProperty("state").GetString());
        Assert.Equal("Default", user.GetProperty("kind").GetString());
        Assert.Equal([GroupKey(BackOfficeUserGroups.Writer)], user.GetProperty("userGroupIds").EnumerateArray().Select(g => g.GetProperty("id").GetGuid()));
        Assert.Equal(JsonValueKind.Number, user.GetProperty("failedLoginAttempts").ValueKind);
        Assert.True(DateTime.TryParse(user.GetProperty("createDate").GetString(), out _));
        Assert.False(user.GetProperty("isAdmin").GetBoolean());
        var signedIn = host.Client();
        signedIn.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await StaffAccounts.TokenAsync(signedIn, email, password));
        Assert.Equal("陳大文", (await signedIn.GetFromJsonAsync<JsonElement>($"{Api}/user/current")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Updating_a_user_sets_their_UI_language_and_start_nodes()
    {
        var admin = await host.SignedInAsync(BackOfficeUserGroups.Admin);
        var (id, client) = await NewUserAsync(BackOfficeUserGroups.Editor);
        var start = Guid.NewGuid();
        var user = await admin.GetFromJsonAsync<JsonElement>($"{Api}/user/{id}");

        var updated = await admin.PutAsJsonAsync($"{Api}/user/{id}", new
        {
            email = user.GetProperty("email").GetString(), userName = user.GetProperty("userName").GetString(), name = "Editor Wong",
            userGroupIds = new[] { new { id = GroupKey(BackOfficeUserGroups.Editor) } }, languageIsoCode = "zh-HK",
            documentStartNodeIds = new[] { new { id = start } }, hasDocumentRootAccess = false, mediaStartNodeIds = Array.Empty<object>(), hasMediaRootAccess = true,
        });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var current = await client.GetFromJsonAsync<JsonElement>($"{Api}/user/current");
        Assert.Equal("zh-HK", current.GetProperty("languageIsoCode").GetString());
        Assert.False(current.GetProperty("hasDocumentRootAccess").GetBoolean());
        Assert.Equal([start], current.GetProperty("documentStartNodeIds").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()));
        Assert.True(current.GetProperty("hasMediaRootAccess").GetBoolean());
    }

    [Fact]
    public async Task Disabling_or_ungrouping_a_user_counts_on_their_next_request()
    {
        var admin = await host.SignedInAsync(BackOfficeUserGroups.Admin);
        var (id, client) = await NewUserAsync(BackOfficeUserGroups.Editor);
        var ids = new { userIds = new[] { new { id } } };

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"{Api}/user/disable", ids)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{Api}/user/current")).StatusCode);
        var states = await admin.GetFromJsonAsync<JsonElement>($"{Api}/filter/user?userStates=Disabled&take=1000");
        Assert.Contains(states.GetProperty("items").EnumerateArray(), u => u.GetProperty("id").GetGuid() == id && u.GetProperty("state").GetString() == "Disabled");

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"{Api}/user/enable", ids)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Api}/user/current")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"{Api}/user/set-user-groups", new { userIds = new[] { new { id } }, userGroupIds = Array.Empty<object>() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{Api}/user/current")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_cannot_leave_the_Administrators_group_disable_or_delete_themselves()
    {
        var (id, admin) = await NewUserAsync(BackOfficeUserGroups.Admin);
        var me = new { userIds = new[] { new { id } } };

        var ungroup = await admin.PostAsJsonAsync($"{Api}/user/set-user-groups", new { userIds = new[] { new { id } }, userGroupIds = new[] { new { id = GroupKey(BackOfficeUserGroups.Editor) } } });
        var disable = await admin.PostAsJsonAsync($"{Api}/user/disable", me);
        var delete = await admin.DeleteAsync($"{Api}/user/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, ungroup.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, disable.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        Assert.True((await admin.GetFromJsonAsync<JsonElement>($"{Api}/user/current")).GetProperty("isAdmin").GetBoolean());
    }

    [Fact]
    public async Task Without_the_Users_section_users_are_out_of_reach_but_names_are_readable()
    {
        var (id, editor) = await NewUserAsync(BackOfficeUserGroups.Editor);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"{Api}/user")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync($"{Api}/user/disable", new { userIds = new[] { new { id } } })).StatusCode);
        var items = await editor.GetFromJsonAsync<JsonElement>($"{Api}/item/user?id={id}");
        Assert.Equal(id, items[0].GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Array, items[0].GetProperty("avatarUrls").ValueKind);
    }

    [Fact]
    public async Task A_deleted_user_is_gone_and_their_token_no_longer_works()
    {
        var admin = await host.SignedInAsync(BackOfficeUserGroups.Admin);
        var (id, client) = await NewUserAsync(BackOfficeUserGroups.Writer);

        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"{Api}/user/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Api}/user/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{Api}/user/current")).StatusCode);
    }

    private async Task<(Guid Id, HttpClient Client)> NewUserAsync(string group)
    {
        var client = await host.SignedInAsync(group);
        return ((await client.GetFromJsonAsync<JsonElement>($"{Api}/user/current")).GetProperty("id").GetGuid(), client);
    }
}
