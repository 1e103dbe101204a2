using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.ManagementApi.Security;
using static SelfHelp.Web.Tests.ManagementApi.DocumentOperations.DocumentOperationsHost;

namespace SelfHelp.Web.Tests.ManagementApi.DocumentOperations;

public sealed class DocumentRecycleBinTests(DocumentOperationsHost host) : IClassFixture<DocumentOperationsHost>
{
    [Fact]
    public async Task A_trashed_page_is_listed_in_the_bin_with_its_original_parent_and_restores_there_unpublished()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var parent = await host.PageAsync("Bin parent", "回收上層");
        var page = await host.PageAsync("Bin page", "回收頁", parent);

        var trashed = await editor.PutAsync($"{Management}/document/{page.Key}/move-to-recycle-bin", null);
        var root = await editor.GetFromJsonAsync<JsonElement>($"{Management}/recycle-bin/document/root?take=1000");
        var originalParent = await editor.GetFromJsonAsync<JsonElement>($"{Management}/recycle-bin/document/{page.Key}/original-parent");
        var restored = await editor.PutAsJsonAsync($"{Management}/recycle-bin/document/{page.Key}/restore", new { target = new { id = parent.Key } });

        Assert.Equal(HttpStatusCode.OK, trashed.StatusCode);
        var listed = root.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == page.Key);
        Assert.Contains(listed.GetProperty("variants").EnumerateArray(), v => v.GetProperty("name").GetString() == "回收頁" && v.GetProperty("state").GetString() == "Trashed");
        Assert.Equal(parent.Key, originalParent.GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        var after = (await host.Content.GetAsync(page.Key))!;
        Assert.False(after.Trashed);
        Assert.Equal(parent.Id, after.ParentId);
        Assert.False(after.IsPublished());
    }

    [Fact]
    public async Task A_trashed_page_deleted_from_the_bin_is_gone()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var page = await host.PageAsync("Deleted for good");
        await editor.PutAsync($"{Management}/document/{page.Key}/move-to-recycle-bin", null);

        var deleted = await editor.DeleteAsync($"{Management}/recycle-bin/document/{page.Key}");

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Null(await host.Content.GetAsync(page.Key));
    }

    [Fact]
    public async Task A_page_not_in_the_bin_cannot_be_deleted_through_it()
    {
        var admin = await host.SignedInAsync(BackOfficeUserGroups.Admin);
        var page = await host.PageAsync("Not trashed");

        var deleted = await admin.DeleteAsync($"{Management}/recycle-bin/document/{page.Key}");

        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
        Assert.NotNull(await host.Content.GetAsync(page.Key));
    }

    [Fact]
    public async Task A_writer_without_delete_cannot_trash_and_sees_why()
    {
        var writer = await host.SignedInAsync(BackOfficeUserGroups.Writer);
        var page = await host.PageAsync("Writer keeps this");

        var refused = await writer.PutAsync($"{Management}/document/{page.Key}/move-to-recycle-bin", null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Error", problem.GetProperty("type").GetString());
        Assert.False((await host.Content.GetAsync(page.Key))!.Trashed);
    }

    [Fact]
    public async Task Bad_paging_is_a_problem_naming_the_value()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);

        var response = await editor.GetAsync($"{Management}/recycle-bin/document/root?skip=-1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("skip", out _));
    }
}
