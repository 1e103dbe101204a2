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
    [InlineData("mp3", "umbracoMediaAudio")]
    [InlineData("pdf", "File")]
    public async Task A_file_is_offered_the_media_types_that_take_its_extension(string extension, string alias)
    {
        var allowed = await host.GetJsonAsync(host.Editor, $"/item/media-type/allowed?fileExtension={extension}");
        var all = await host.GetJsonAsync(host.Editor, "/tree/media-type/root?take=100");
        var keyOf = all.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("name").GetString());
        var wanted = (await host.GetJsonAsync(host.Editor, "/item/media-type/search?query=" + alias)).GetProperty("items")[0].GetProperty("id").GetString();

        var offered = allowed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Contains(wanted, offered);
        Assert.DoesNotContain(Folder, offered);
        Assert.All(offered, id => Assert.True(keyOf.ContainsKey(id!)));
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
}
