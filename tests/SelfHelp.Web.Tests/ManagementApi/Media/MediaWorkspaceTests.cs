using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.ManagementApi.Security;
using static SelfHelp.Web.Tests.ManagementApi.Media.MediaApiHost;

namespace SelfHelp.Web.Tests.ManagementApi.Media;

public sealed class MediaWorkspaceTests(MediaApiHost host) : IClassFixture<MediaApiHost>
{
    [Fact]
    public async Task Validation_answers_as_saving_would_and_stores_nothing()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var id = Guid.NewGuid();

        var valid = await editor.PostAsJsonAsync($"{ManagementApiPath}/media/validate", CreateBody(id, "Folder", "Checked folder"));
        var nameless = await editor.PostAsJsonAsync($"{ManagementApiPath}/media/validate", CreateBody(Guid.NewGuid(), "Folder", " "));

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"{ManagementApiPath}/media/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nameless.StatusCode);
        var errors = (await nameless.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("$.variants[0].name", out _));

        var folder = await CreateAsync(editor, "Folder", "Existing");
        var unknownProperty = await editor.PutAsJsonAsync($"{ManagementApiPath}/media/{folder}/validate", new
        {
            variants = new[] { new { culture = (string?)null, segment = (string?)null, name = "Existing" } },
            values = new[] { new { alias = "noSuchProperty", culture = (string?)null, segment = (string?)null, value = "x" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, unknownProperty.StatusCode);
        Assert.True((await unknownProperty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("$.values[0].alias", out _));
    }

    [Fact]
    public async Task A_folders_collection_pages_filters_and_orders_its_items_with_their_values()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var folder = await CreateAsync(editor, "Folder", "Collection");
        var photo = await CreateAsync(editor, "Image", "Beach clean-up", folder, await UploadAsync(editor, Photo(30, 20), "beach.png"));
        await CreateAsync(editor, "Folder", "Archive", folder);
        await CreateAsync(editor, "Folder", "Beach archive", folder);

        var page = await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/collection/media?id={folder}&skip=0&take=2"));
        var filtered = await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/collection/media?id={folder}&filter=beach&orderBy=name&orderDirection=Descending"));

        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        var first = page.GetProperty("items")[0];
        Assert.Equal(photo, first.GetProperty("id").GetGuid());
        Assert.Equal("Image", first.GetProperty("mediaType").GetProperty("alias").GetString());
        Assert.Contains(first.GetProperty("values").EnumerateArray(), v => v.GetProperty("alias").GetString() == "umbracoFile");
        Assert.Equal(["Beach clean-up", "Beach archive"],
            filtered.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("variants")[0].GetProperty("name").GetString()));
    }

    [Fact]
    public async Task The_pickers_search_finds_media_by_name_but_never_private_ones_for_users_without_sensitive_data_access()
    {
        var admin = await host.SignedInAsync(BackOfficeUserGroups.Admin, BackOfficeUserGroups.SensitiveData);
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var word = $"Lantern{Guid.NewGuid():N}"[..16];
        var open = await CreateAsync(admin, "Folder", $"{word} parade");
        var vault = await CreateAsync(admin, "privateFolder", "Vault");
        var secret = await CreateAsync(admin, "Folder", $"{word} consent", vault);

        var found = await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/item/media/search?query={word.ToLowerInvariant()}"));
        var foundByAdmin = await JsonAsync(await admin.GetAsync($"{ManagementApiPath}/item/media/search?query={word}"));

        Assert.Equal(1, found.GetProperty("total").GetInt32());
        Assert.Equal(open, found.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal([open, secret], foundByAdmin.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
    }
}
