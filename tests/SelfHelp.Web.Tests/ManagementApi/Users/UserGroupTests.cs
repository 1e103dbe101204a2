using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.Tests.ManagementApi.Users;

/// <summary><c>user-group</c>: the seeded groups from the database, editing them, and edits counting on the next request.</summary>
public sealed class UserGroupTests(ManagementApiHost host) : IClassFixture<ManagementApiHost>
{
    private const string Api = "/umbraco/management/api/v1";

    [Fact]
    public async Task The_seeded_groups_are_listed_in_the_clients_shape()
    {
        var admin = await host.SignedInAsync(BackOfficeUserGroups.Admin);

        var page = await admin.GetFromJsonAsync<JsonElement>($"{Api}/user-group?skip=0&take=100");

        Assert.True(page.GetProperty("total").GetInt32() >= BackOfficeUserGroups.Seeded.Count);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        foreach (var seeded in BackOfficeUserGroups.Seeded)
        {
            var group = items.Single(g => g.GetProperty("id").GetGuid() == seeded.Key);
            Assert.Equal(seeded.Alias, group.GetProperty("alias").GetString());
            Assert.False(group.GetProperty("isDeletable").GetBoolean());
            Assert.False(group.GetProperty("aliasCanBeChanged").GetBoolean());
            foreach (var name in new[] { "sections", "languages", "fallbackPermissions", "permissions" })
            {
                Assert.Equal(JsonValueKind.Array, group.GetProperty(name).ValueKind);
            }
            foreach (var name in new[] { "hasAccessToAllLanguages", "documentRootAccess", "mediaRootAccess" })
            {
                Assert.Contains(group.GetProperty(name).ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            }
        }
        var translators = items.Single(g => g.GetProperty("alias").GetString() == BackOfficeUserGroups.Translator);
        Assert.Equal(["zh-HK"], translators.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task Only_the_Users_section_edits_groups_but_anyone_reads_group_items()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var writers = BackOfficeUserGroups.Seeded.Single(g => g.Alias == BackOfficeUserGroups.Writer).Key;

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"{Api}/user-group")).StatusCode);
        var items = await editor.GetFromJsonAsync<JsonElement>($"{Api}/item/user-group?id={writers}");
        Assert.Equal("Writers", items[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Array, items[0].GetProperty("flags").ValueKind);
    }

    [Fact]
    public async Task A_new_group_with_granular_permissions_and_one_language_applies_to_its_members_at_once()
    {
        var admin = await host.SignedInAsync(BackOfficeUserGroups.Admin);
        var member = await host.SignedInAsync(BackOfficeUserGroups.Writer);
        var memberId = (await member.GetFromJsonAsync<JsonElement>($"{Api}/user/current")).GetProperty("id").GetGuid();
        var document = Guid.NewGuid();

        var created = await admin.PostAsJsonAsync($"{Api}/user-group", Group("proofreaders", [BackOfficeSections.Content], document));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = Guid.Parse(created.Headers.GetValues("Umb-Generated-Resource").Single());
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"{Api}/user/set-user-groups", new { userIds = new[] { new { id = memberId } }, userGroupIds = new[] { new { id } } })).StatusCode);

        var user = await member.GetFromJsonAsync<JsonElement>($"{Api}/user/current");
        Assert.Equal([BackOfficeSections.Content], user.GetProperty("allowedSections").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["zh-HK"], user.GetProperty("languages").EnumerateArray().Select(s => s.GetString()));
        var permission = user.GetProperty("permissions")[0];
        Assert.Equal("DocumentPermissionPresentationModel", permission.GetProperty("$type").GetString());
        Assert.Equal(document, permission.GetProperty("document").GetProperty("id").GetGuid());
        Assert.Equal([DocumentPermissions.Read], permission.GetProperty("verbs").EnumerateArray().Select(v => v.GetString()));

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"{Api}/user-group/{id}", Group("proofreaders", [BackOfficeSections.Media], document))).StatusCode);
        user = await member.GetFromJsonAsync<JsonElement>($"{Api}/user/current");
        Assert.Equal([BackOfficeSections.Media], user.GetProperty("allowedSections").EnumerateArray().Select(s => s.GetString()));

        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"{Api}/user-group/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"{Api}/user/current")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Api}/user-group/{id}")).StatusCode);
    }

    [Fact]
    public async Task Bad_groups_get_problems_keyed_by_their_place_in_the_request()
    {
        var admin = await host.SignedInAsync(BackOfficeUserGroups.Admin);
        var body = Group("", ["Umb.Section.Packages"], Guid.NewGuid()) with { Languages = ["xx-XX"] };

        var refused = await admin.PostAsJsonAsync($"{Api}/user-group", body);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Error", problem.GetProperty("type").GetString());
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("$.alias", out _));
        Assert.True(errors.TryGetProperty("$.sections[0]", out _));
        Assert.True(errors.TryGetProperty("$.languages[0]", out _));
    }

    [Fact]
    public async Task Built_in_groups_keep_their_alias_cannot_be_deleted_and_administrators_keep_the_Users_section()
    {
        var admin = await host.SignedInAsync(BackOfficeUserGroups.Admin);
        var writers = BackOfficeUserGroups.Seeded.Single(g => g.Alias == BackOfficeUserGroups.Writer).Key;
        var admins = BackOfficeUserGroups.Seeded.Single(g => g.Alias == BackOfficeUserGroups.Admin).Key;

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.DeleteAsync($"{Api}/user-group/{writers}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync($"{Api}/user-group/{writers}", Group("scribes", [BackOfficeSections.Content], null))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync($"{Api}/user-group/{admins}", Group(BackOfficeUserGroups.Admin, [BackOfficeSections.Content], null))).StatusCode);
        Assert.Equal(BackOfficeSections.All.Order(), (await admin.GetFromJsonAsync<JsonElement>($"{Api}/user/current")).GetProperty("allowedSections").EnumerateArray().Select(s => s.GetString()!).Order());
    }

    private static GroupBody Group(string alias, string[] sections, Guid? document) => new(
        alias.Length == 0 ? "" : $"Group {alias}", alias, "icon-users", sections, ["zh-HK"], false, null, true, null, true,
        [DocumentPermissions.Read, DocumentPermissions.Update],
        document is { } key ? [new PermissionBody("DocumentPermissionPresentationModel", new(key), [DocumentPermissions.Read])] : []);

    private sealed record GroupBody(
        string Name, string Alias, string Icon, string[] Sections, string[] Languages, bool HasAccessToAllLanguages, object? DocumentStartNode,
        bool DocumentRootAccess, object? MediaStartNode, bool MediaRootAccess, string[] FallbackPermissions, PermissionBody[] Permissions);

    private sealed record PermissionBody([property: System.Text.Json.Serialization.JsonPropertyName("$type")] string Type, IdBody Document, string[] Verbs);

    private sealed record IdBody(Guid Id);
}
