using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.ManagementApi.Security;
using static SelfHelp.Web.Tests.ManagementApi.Media.MediaApiHost;

namespace SelfHelp.Web.Tests.ManagementApi.Media;

public sealed class MediaTreeTests(MediaApiHost host) : IClassFixture<MediaApiHost>
{
    private static IEnumerable<Guid> Ids(JsonElement paged) => paged.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid());

    [Fact]
    public async Task Children_come_a_page_at_a_time_with_the_total_and_know_whether_they_have_children()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var folder = await CreateAsync(editor, "Folder", "Paged folder");
        var children = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            children.Add(await CreateAsync(editor, "Folder", $"Child {i}", folder));
        }
        await CreateAsync(editor, "Folder", "Grandchild", children[3]);

        var page = await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/tree/media/children?parentId={folder}&skip=2&take=2"));
        var root = await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/tree/media/root?skip=0&take=1000"));
        var ancestors = await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/tree/media/ancestors?descendantId={children[3]}"));

        Assert.Equal(5, page.GetProperty("total").GetInt32());
        Assert.Equal(children.Skip(2).Take(2), Ids(page));
        Assert.Equal([false, true], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("hasChildren").GetBoolean()));
        Assert.Equal(folder, page.GetProperty("items")[0].GetProperty("parent").GetProperty("id").GetGuid());
        Assert.Equal("Child 2", page.GetProperty("items")[0].GetProperty("variants")[0].GetProperty("name").GetString());
        Assert.Contains(folder, Ids(root));
        Assert.Equal([folder, children[3]], ancestors.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Trashed_media_leave_the_tree_for_the_recycle_bin_and_come_back_when_restored()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var folder = await CreateAsync(editor, "Folder", "Trash me");
        var inside = await CreateAsync(editor, "Folder", "Inside", folder);

        Assert.Equal(HttpStatusCode.OK, (await editor.PutAsync($"{ManagementApiPath}/media/{folder}/move-to-recycle-bin", null)).StatusCode);

        Assert.DoesNotContain(folder, Ids(await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/tree/media/root?take=1000"))));
        var bin = await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/recycle-bin/media/root?take=1000"));
        Assert.Contains(folder, Ids(bin));
        Assert.Equal([inside], Ids(await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/recycle-bin/media/children?parentId={folder}"))));
        Assert.True((await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/media/{folder}"))).GetProperty("isTrashed").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await editor.PutAsJsonAsync($"{ManagementApiPath}/recycle-bin/media/{folder}/restore", new { target = (object?)null })).StatusCode);

        Assert.Contains(folder, Ids(await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/tree/media/root?take=1000"))));
        Assert.DoesNotContain(folder, Ids(await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/recycle-bin/media/root?take=1000"))));
    }

    [Fact]
    public async Task Media_are_deleted_for_good_only_from_the_recycle_bin()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var folder = await CreateAsync(editor, "Folder", "Delete me");

        Assert.Equal(HttpStatusCode.BadRequest, (await editor.DeleteAsync($"{ManagementApiPath}/media/{folder}")).StatusCode);
        await editor.PutAsync($"{ManagementApiPath}/media/{folder}/move-to-recycle-bin", null);
        Assert.Equal(HttpStatusCode.OK, (await editor.DeleteAsync($"{ManagementApiPath}/recycle-bin/media/{folder}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"{ManagementApiPath}/media/{folder}")).StatusCode);
    }

    [Fact]
    public async Task Moving_and_sorting_change_where_media_sit()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var from = await CreateAsync(editor, "Folder", "From");
        var to = await CreateAsync(editor, "Folder", "To");
        var first = await CreateAsync(editor, "Folder", "First", to);
        var moved = await CreateAsync(editor, "Folder", "Moved", from);

        Assert.Equal(HttpStatusCode.OK, (await editor.PutAsJsonAsync($"{ManagementApiPath}/media/{moved}/move", new { target = new { id = to } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.PutAsJsonAsync($"{ManagementApiPath}/media/sort", new
        {
            parent = new { id = to },
            sorting = new[] { new { id = moved, sortOrder = 0 }, new { id = first, sortOrder = 1 } },
        })).StatusCode);

        Assert.Equal([moved, first], Ids(await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/tree/media/children?parentId={to}"))));
        Assert.Equal(0, (await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/tree/media/children?parentId={from}"))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_writer_with_a_media_start_node_sees_and_uploads_only_beneath_it()
    {
        var admin = await host.SignedInAsync(BackOfficeUserGroups.Admin);
        var theirs = await CreateAsync(admin, "Folder", "Writers' photos");
        var elsewhere = await CreateAsync(admin, "Folder", "Board papers");
        var paper = await CreateAsync(admin, "Folder", "Minutes", elsewhere);
        var writer = await host.SignedInWithMediaStartNodesAsync([theirs], BackOfficeUserGroups.Writer);

        var root = await JsonAsync(await writer.GetAsync($"{ManagementApiPath}/tree/media/root"));
        Assert.Equal([theirs], Ids(root));
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync($"{ManagementApiPath}/media/{paper}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync($"{ManagementApiPath}/tree/media/children?parentId={elsewhere}")).StatusCode);

        var upload = await UploadAsync(writer, Photo(50, 50), "group.png");
        var outside = await writer.PostAsJsonAsync($"{ManagementApiPath}/media", CreateBody(Guid.NewGuid(), "Image", "Outside", elsewhere, upload));
        var atRoot = await writer.PostAsJsonAsync($"{ManagementApiPath}/media", CreateBody(Guid.NewGuid(), "Image", "At the root", null, upload));
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, atRoot.StatusCode);
        var inside = await CreateAsync(writer, "Image", "Group photo", theirs, upload);
        Assert.Equal([inside], Ids(await JsonAsync(await writer.GetAsync($"{ManagementApiPath}/tree/media/children?parentId={theirs}"))));

        // Writers have the Content section only: media pickers, not the Media section's recycle bin or moves.
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync($"{ManagementApiPath}/recycle-bin/media/root")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PutAsync($"{ManagementApiPath}/media/{inside}/move-to-recycle-bin", null)).StatusCode);
    }

    [Fact]
    public async Task Private_media_exist_only_for_users_with_sensitive_data_access()
    {
        var admin = await host.SignedInAsync(BackOfficeUserGroups.Admin, BackOfficeUserGroups.SensitiveData);
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var trusted = await host.SignedInAsync(BackOfficeUserGroups.Editor, BackOfficeUserGroups.SensitiveData);
        var vault = await CreateAsync(admin, "privateFolder", "Release forms");
        var form = await CreateAsync(admin, "Image", "Signed release form", vault, await UploadAsync(admin, Photo(20, 20), "release.png"));

        Assert.DoesNotContain(vault, Ids(await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/tree/media/root?take=1000"))));
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"{ManagementApiPath}/media/{form}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"{ManagementApiPath}/tree/media/children?parentId={vault}")).StatusCode);
        Assert.Equal(0, (await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/item/media?id={form}&id={vault}"))).GetArrayLength());
        Assert.Equal(0, (await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/imaging/resize/urls?id={form}"))).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await editor.PutAsync($"{ManagementApiPath}/media/{form}/move-to-recycle-bin", null)).StatusCode);

        Assert.Contains(vault, Ids(await JsonAsync(await trusted.GetAsync($"{ManagementApiPath}/tree/media/root?take=1000"))));
        Assert.Equal([form], Ids(await JsonAsync(await trusted.GetAsync($"{ManagementApiPath}/tree/media/children?parentId={vault}"))));
        var formMedia = await JsonAsync(await trusted.GetAsync($"{ManagementApiPath}/media/{form}"));

        // Its file is never served: not to the public, not to staff (a browser's <img> carries no token).
        var src = formMedia.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("alias").GetString() == "umbracoFile")
            .GetProperty("value").GetProperty("src").GetString();
        Assert.StartsWith("/media/", src);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client().GetAsync(src)).StatusCode);
    }
}
