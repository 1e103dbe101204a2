using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.ManagementApi.Security;
using static SelfHelp.Web.Tests.ManagementApi.DocumentOperations.DocumentOperationsHost;

namespace SelfHelp.Web.Tests.ManagementApi.DocumentOperations;

public sealed class DocumentPlacementTests(DocumentOperationsHost host) : IClassFixture<DocumentOperationsHost>
{
    [Fact]
    public async Task Sorting_puts_the_children_in_the_given_order()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var parent = await host.PageAsync("Sort parent");
        var a = await host.PageAsync("A", parent: parent);
        var b = await host.PageAsync("B", parent: parent);
        var c = await host.PageAsync("C", parent: parent);

        var sorted = await editor.PutAsJsonAsync($"{Management}/document/sort", new
        {
            parent = new { id = parent.Key },
            sorting = new[] { new { id = c.Key, sortOrder = 0 }, new { id = a.Key, sortOrder = 1 }, new { id = b.Key, sortOrder = 2 } },
        });

        Assert.Equal(HttpStatusCode.OK, sorted.StatusCode);
        Assert.Equal(["C", "A", "B"], (await host.Content.GetChildrenAsync(parent.Id)).OrderBy(i => i.SortOrder).Select(i => i.GetName("en-US")));
    }

    [Fact]
    public async Task Sorting_a_document_of_another_parent_is_refused()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var parent = await host.PageAsync("Sort parent two");
        var stranger = await host.PageAsync("Elsewhere");

        var refused = await editor.PutAsJsonAsync($"{Management}/document/sort", new { parent = new { id = parent.Key }, sorting = new[] { new { id = stranger.Key, sortOrder = 0 } } });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("$.sorting[0].id", out _));
    }

    [Fact]
    public async Task Moving_puts_the_page_under_the_target_and_a_move_into_its_own_descendant_is_refused()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var from = await host.PageAsync("Move from");
        var to = await host.PageAsync("Move to");
        var page = await host.PageAsync("Moving page", parent: from);
        var child = await host.PageAsync("Moving child", parent: page);

        var moved = await editor.PutAsJsonAsync($"{Management}/document/{page.Key}/move", new { target = new { id = to.Key } });
        var intoItself = await editor.PutAsJsonAsync($"{Management}/document/{page.Key}/move", new { target = new { id = child.Key } });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(to.Id, (await host.Content.GetAsync(page.Key))!.ParentId);
        Assert.Equal(HttpStatusCode.BadRequest, intoItself.StatusCode);
        Assert.Equal(page.Id, (await host.Content.GetAsync(child.Key))!.ParentId);
    }

    [Fact]
    public async Task A_writer_cannot_move()
    {
        var writer = await host.SignedInAsync(BackOfficeUserGroups.Writer);
        var page = await host.PageAsync("Writer cannot move");
        var target = await host.PageAsync("Writer target");

        var refused = await writer.PutAsJsonAsync($"{Management}/document/{page.Key}/move", new { target = new { id = target.Key } });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Copying_with_descendants_answers_201_with_the_new_id_of_an_unpublished_copy()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var page = await host.PageAsync("Copied page", "複製頁");
        await host.PageAsync("Copied child", parent: page);
        var target = await host.PageAsync("Copy target");

        var copied = await editor.PostAsJsonAsync($"{Management}/document/{page.Key}/copy", new { target = new { id = target.Key }, relateToOriginal = false, includeDescendants = true });

        Assert.Equal(HttpStatusCode.Created, copied.StatusCode);
        var copy = (await host.Content.GetAsync(Guid.Parse(copied.Headers.GetValues("Umb-Generated-Resource").Single())))!;
        Assert.Equal(target.Id, copy.ParentId);
        Assert.Equal("複製頁", copy.GetName("zh-HK"));
        Assert.False(copy.IsPublished());
        Assert.Equal("Copied child", Assert.Single(await host.Content.GetChildrenAsync(copy.Id)).GetName("en-US"));
    }
}
