using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Core.Content;
using SelfHelp.Web.ManagementApi.Security;
using static SelfHelp.Web.Tests.ManagementApi.Documents.DocumentRequests;

namespace SelfHelp.Web.Tests.ManagementApi.Documents;

public sealed class DocumentTreeTests(ManagementApiHost host) : IClassFixture<ManagementApiHost>
{
    private static readonly Guid Home = Guid.Parse("a0000000-0000-4000-8000-000000000001");

    [Fact]
    public async Task The_root_shows_the_home_page_with_its_type_and_children()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);

        var root = await editor.GetFromJsonAsync<JsonElement>($"{V1}/tree/document/root?skip=0&take=50");

        var home = root.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == Home);
        Assert.True(home.GetProperty("hasChildren").GetBoolean());
        Assert.False(home.GetProperty("noAccess").GetBoolean());
        Assert.Equal(JsonValueKind.Null, home.GetProperty("parent").ValueKind);
        Assert.Equal("icon-home", home.GetProperty("documentType").GetProperty("icon").GetString());
        Assert.Contains(home.GetProperty("variants").EnumerateArray(), v => v.GetProperty("culture").GetString() == Chinese && v.GetProperty("name").GetString() == "主頁");
        Assert.True(root.GetProperty("total").GetInt32() >= 1);
    }

    [Fact]
    public async Task A_folder_is_read_a_page_at_a_time_in_sort_order()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var home = (await host.Content.GetAsync(Home))!;
        var library = await host.Content.CreateAsync("Second library", home.Id, "storyLibrary", English);
        TestSave(await host.Content.SaveAsync(library));
        var folder = library.Key;
        for (var i = 0; i < 25; i++)
        {
            var child = await host.Content.CreateAsync($"Excerpt {i:00}", library.Id, "story", English);
            TestSave(await host.Content.SaveAsync(child));
        }

        var page = await editor.GetFromJsonAsync<JsonElement>($"{V1}/tree/document/children?parentId={folder}&skip=10&take=10");

        Assert.Equal(25, page.GetProperty("total").GetInt32());
        Assert.Equal(Enumerable.Range(10, 10).Select(i => $"Excerpt {i:00}"),
            page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("variants")[0].GetProperty("name").GetString()));
        Assert.All(page.GetProperty("items").EnumerateArray(), i =>
        {
            Assert.Equal(folder, i.GetProperty("parent").GetProperty("id").GetGuid());
            Assert.False(i.GetProperty("hasChildren").GetBoolean());
            Assert.Equal([Home, folder], i.GetProperty("ancestors").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()));
        });

        var siblings = await editor.GetFromJsonAsync<JsonElement>(
            $"{V1}/tree/document/siblings?target={page.GetProperty("items")[0].GetProperty("id").GetGuid()}&before=2&after=3");
        Assert.Equal(8, siblings.GetProperty("totalBefore").GetInt32());
        Assert.Equal(11, siblings.GetProperty("totalAfter").GetInt32());
        Assert.Equal(6, siblings.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Ancestors_run_from_the_root_to_the_item_itself()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var story = await CreateStoryAsync(editor, "Deep story", "深層故事");

        var ancestors = await editor.GetFromJsonAsync<JsonElement>($"{V1}/tree/document/ancestors?descendantId={story}");

        Assert.Equal([Home, StoryLibrary, story], ancestors.EnumerateArray().Select(a => a.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Items_come_back_in_the_order_asked_and_unknown_ids_are_left_out()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);

        var items = await editor.GetFromJsonAsync<JsonElement>($"{V1}/item/document?id={StoryLibrary}&id={Guid.NewGuid()}&id={Home}");

        Assert.Equal([StoryLibrary, Home], items.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(Home, items[0].GetProperty("parent").GetProperty("id").GetGuid());
        Assert.Equal("Published", items[1].GetProperty("variants")[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_tree_needs_the_content_or_media_section_and_an_unknown_parent_is_not_found()
    {
        var formsOnly = await host.SignedInAsync(SelfHelp.Web.Security.StaffRoles.EntryViewer);
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);

        Assert.Equal(HttpStatusCode.Forbidden, (await formsOnly.GetAsync($"{V1}/tree/document/root")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"{V1}/tree/document/children?parentId={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync($"{V1}/tree/document/root?skip=-1")).StatusCode);
    }

    private static void TestSave(OperationResult result) => Assert.True(result.Succeeded, result.Message);
}
