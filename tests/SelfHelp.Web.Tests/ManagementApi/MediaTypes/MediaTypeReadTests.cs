using SelfHelp.Web.Tests.ManagementApi.DocumentTypes;
using static SelfHelp.Web.Tests.ManagementApi.DocumentTypes.JsonShape;

namespace SelfHelp.Web.Tests.ManagementApi.MediaTypes;

public sealed class MediaTypeReadTests(TypesHost host) : IClassFixture<TypesHost>
{
    private const string Folder = "f38bd2d7-65d0-48e6-95dc-87ce06ec2d3d";

    [Fact]
    public async Task Every_shipped_media_type_reads_with_the_fields_the_client_requires()
    {
        var shipped = Directory.GetFiles(host.USyncFolder + "/MediaTypes", "*.config").Length;
        var root = await host.GetJsonAsync(host.Editor, "/tree/media-type/root?take=1000");

        Assert.Equal(shipped, root.GetProperty("total").GetInt32());
        foreach (var entry in root.GetProperty("items").EnumerateArray())
        {
            AssertHas(entry, "tree item", "hasChildren:boolean", "id:string", "parent:object?", "flags:array", "name:string", "isFolder:boolean",
                "icon:string", "isDeletable:boolean");
            var type = await host.GetJsonAsync(host.Editor, $"/media-type/{entry.GetProperty("id").GetString()}");
            var alias = type.GetProperty("alias").GetString()!;
            AssertHas(type, alias, [.. TypeCommon, "allowedMediaTypes:array", "isDeletable:boolean", "aliasCanBeChanged:boolean"]);
            AssertPropertiesAndContainers(type, alias);
        }
    }

    [Theory]
    [InlineData("jpg", "Image")]
    [InlineData(".mp3", "umbracoMediaAudio")]
    [InlineData("pdf", "umbracoMediaArticle")]
    [InlineData("zip", "File,consentForm")]
    public async Task A_file_is_offered_the_types_naming_its_extension_else_those_taking_any_file(string extension, string aliases)
    {
        var allowed = await host.GetJsonAsync(host.Editor, $"/item/media-type/allowed?fileExtension={extension}");

        var offered = allowed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).Order().ToList();
        Assert.Equal((await KeysAsync(aliases.Split(','))).Order(), offered);
    }

    [Fact]
    public async Task The_folder_types_are_those_without_a_file_that_allow_children()
    {
        var folders = await host.GetJsonAsync(host.Editor, "/item/media-type/folders");

        var offered = folders.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).Order().ToList();
        Assert.Equal((await KeysAsync(["Folder", "privateFolder"])).Order(), offered);
    }

    [Fact]
    public async Task Siblings_are_a_window_around_the_target_in_tree_order()
    {
        var root = (await host.GetJsonAsync(host.Editor, "/tree/media-type/root")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("id").GetString()).ToList();

        var window = await host.GetJsonAsync(host.Editor, $"/tree/media-type/siblings?target={root[3]}&before=1&after=2");

        Assert.Equal(root[2..6], window.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(2, window.GetProperty("totalBefore").GetInt32());
        Assert.Equal(root.Count - 6, window.GetProperty("totalAfter").GetInt32());
    }

    [Fact]
    public async Task A_folder_allows_the_shipped_media_types_beneath_it_in_order()
    {
        var children = await host.GetJsonAsync(host.Editor, $"/media-type/{Folder}/allowed-children");
        var atRoot = await host.GetJsonAsync(host.Editor, "/media-type/allowed-at-root");

        Assert.Equal(8, children.GetProperty("total").GetInt32());
        Assert.Equal(Folder, children.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Contains(Folder, atRoot.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    private async Task<List<string?>> KeysAsync(IEnumerable<string> aliases)
    {
        var keys = new List<string?>();
        foreach (var alias in aliases)
        {
            var root = await host.GetJsonAsync(host.Editor, "/tree/media-type/root");
            foreach (var item in root.GetProperty("items").EnumerateArray())
            {
                var type = await host.GetJsonAsync(host.Editor, $"/media-type/{item.GetProperty("id").GetString()}");
                if (type.GetProperty("alias").GetString() == alias)
                {
                    keys.Add(type.GetProperty("id").GetString());
                }
            }
        }
        return keys;
    }
}
