using System.Net;
using System.Text.Json;
using static SelfHelp.Web.Tests.ManagementApi.DocumentTypes.JsonShape;

namespace SelfHelp.Web.Tests.ManagementApi.DocumentTypes;

public sealed class DocumentTypeReadTests(TypesHost host) : IClassFixture<TypesHost>
{
    private const string Home = "1b470df1-1fa2-55c9-824d-f0482c7d0387";

    [Fact]
    public async Task Every_shipped_document_type_reads_with_the_fields_the_client_requires_and_data_types_that_exist()
    {
        var shipped = Directory.GetFiles(host.USyncFolder + "/ContentTypes", "*.config").Length;
        var root = await host.GetJsonAsync(host.Editor, "/tree/document-type/root?take=1000");

        Assert.Equal(shipped, root.GetProperty("total").GetInt32());
        foreach (var entry in root.GetProperty("items").EnumerateArray())
        {
            AssertHas(entry, "tree item", "hasChildren:boolean", "id:string", "parent:object?", "flags:array", "name:string", "isFolder:boolean",
                "isElement:boolean", "icon:string");
            var type = await host.GetJsonAsync(host.Editor, $"/document-type/{entry.GetProperty("id").GetString()}");
            var alias = type.GetProperty("alias").GetString()!;
            AssertHas(type, alias, [.. TypeCommon, "allowedTemplates:array", "defaultTemplate:object?", "cleanup:object", "allowedDocumentTypes:array"]);
            AssertHas(type.GetProperty("cleanup"), alias + ".cleanup", "preventCleanup:boolean");
            AssertPropertiesAndContainers(type, alias);
            var containers = type.GetProperty("containers").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToHashSet();
            foreach (var property in type.GetProperty("properties").EnumerateArray())
            {
                if (property.TryGetProperty("container", out var container) && container.ValueKind == JsonValueKind.Object)
                {
                    Assert.Contains(container.GetProperty("id").GetString(), containers);
                }
                using var dataType = await host.Editor.GetAsync($"{TypesHost.V1}/data-type/{property.GetProperty("dataType").GetProperty("id").GetString()}");
                Assert.True(dataType.StatusCode == HttpStatusCode.OK, $"{alias}.{property.GetProperty("alias").GetString()}: its data type is {(int)dataType.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task A_document_type_shows_its_variation_its_tabs_and_groups_and_its_allowed_children_in_order()
    {
        var story = await host.GetJsonAsync(host.Editor, "/document-type/7aca9fa9-02c6-551a-ac71-60eb6f561020");
        var home = await host.GetJsonAsync(host.Editor, $"/document-type/{Home}");

        Assert.True(story.GetProperty("variesByCulture").GetBoolean());
        Assert.Equal(["Content", "Story details", "Consent", "Internal (never public)"],
            story.GetProperty("containers").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        var body = story.GetProperty("properties").EnumerateArray().Single(p => p.GetProperty("alias").GetString() == "body");
        Assert.True(body.GetProperty("variesByCulture").GetBoolean());
        Assert.Equal("ca90c950-0aff-4e72-b976-a30b1ac57dad", body.GetProperty("dataType").GetProperty("id").GetString());
        Assert.Equal("93ae6445-4147-5b72-a4de-0ea81b5a5656",
            home.GetProperty("allowedDocumentTypes")[0].GetProperty("documentType").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Only_the_home_page_may_be_created_at_the_root_and_its_children_are_listed_for_the_create_dialog()
    {
        var atRoot = await host.GetJsonAsync(host.Editor, "/document-type/allowed-at-root");
        var children = await host.GetJsonAsync(host.Editor, $"/document-type/{Home}/allowed-children");

        var root = Assert.Single(atRoot.GetProperty("items").EnumerateArray());
        Assert.Equal(Home, root.GetProperty("id").GetString());
        Assert.Equal(8, children.GetProperty("total").GetInt32());
        AssertHas(children.GetProperty("items")[0], "allowed", "id:string", "name:string", "description:string?", "icon:string?");
        Assert.Equal("93ae6445-4147-5b72-a4de-0ea81b5a5656", children.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Search_for_element_types_finds_the_block_elements_only()
    {
        var elements = await host.GetJsonAsync(host.Editor, "/item/document-type/search?isElement=true");

        var aliases = elements.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.Equal(3, aliases.Count);
        Assert.All(elements.GetProperty("items").EnumerateArray(), i =>
        {
            AssertHas(i, "item", "id:string", "flags:array", "name:string", "isElement:boolean", "icon:string?", "description:string?");
            Assert.True(i.GetProperty("isElement").GetBoolean());
        });
    }

    [Fact]
    public async Task The_configuration_says_templates_are_off_and_names_the_reserved_aliases()
    {
        var configuration = await host.GetJsonAsync(host.Editor, "/document-type/configuration");

        AssertHas(configuration, "configuration", "dataTypesCanBeChanged:string", "disableTemplates:boolean", "useSegments:boolean", "reservedFieldNames:array");
        Assert.True(configuration.GetProperty("disableTemplates").GetBoolean());
        Assert.Contains("key", configuration.GetProperty("reservedFieldNames").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task A_media_type_id_is_not_a_document_type()
    {
        using var response = await host.Editor.GetAsync($"{TypesHost.V1}/document-type/cc07b313-0843-4aa8-bbda-871c8da728c8");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
