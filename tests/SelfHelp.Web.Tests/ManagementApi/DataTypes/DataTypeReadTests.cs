using System.Net;
using System.Text.Json;
using SelfHelp.Web.Tests.ManagementApi.DocumentTypes;
using static SelfHelp.Web.Tests.ManagementApi.DocumentTypes.JsonShape;

namespace SelfHelp.Web.Tests.ManagementApi.DataTypes;

public sealed class DataTypeReadTests(TypesHost host) : IClassFixture<TypesHost>
{
    private static readonly string[] DataTypeResponse =
        ["name:string", "editorAlias:string", "editorUiAlias:string", "values:array", "id:string", "isDeletable:boolean", "canIgnoreStartNodes:boolean"];

    [Fact]
    public async Task Every_shipped_data_type_reads_with_the_fields_the_client_requires()
    {
        var shipped = Directory.GetFiles(host.USyncFolder + "/DataTypes", "*.config").Length;
        var root = await host.GetJsonAsync(host.Editor, "/tree/data-type/root?take=1000");

        Assert.Equal(shipped, root.GetProperty("total").GetInt32());
        foreach (var entry in root.GetProperty("items").EnumerateArray())
        {
            AssertHas(entry, "tree item", "hasChildren:boolean", "id:string", "parent:object?", "flags:array", "name:string", "isFolder:boolean",
                "editorUiAlias:string?", "isDeletable:boolean");
            var id = entry.GetProperty("id").GetString();
            var dataType = await host.GetJsonAsync(host.Editor, $"/data-type/{id}");
            var name = dataType.GetProperty("name").GetString();
            AssertHas(dataType, name!, DataTypeResponse);
            foreach (var value in dataType.GetProperty("values").EnumerateArray())
            {
                AssertHas(value, $"{name}.values", "alias:string");
            }
        }
    }

    [Fact]
    public async Task A_data_type_shows_its_editor_its_ui_and_its_configuration_as_alias_value_pairs()
    {
        var richText = await host.GetJsonAsync(host.Editor, "/data-type/ca90c950-0aff-4e72-b976-a30b1ac57dad");

        Assert.Equal("Umbraco.RichText", richText.GetProperty("editorAlias").GetString());
        Assert.Equal("Umb.PropertyEditorUi.Tiptap", richText.GetProperty("editorUiAlias").GetString());
        var values = richText.GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("alias").GetString()!, v => v.GetProperty("value"));
        Assert.Contains("Umb.Tiptap.Bold", values["extensions"].EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(500, values["maxImageSize"].GetInt32());
        Assert.True(richText.GetProperty("canIgnoreStartNodes").GetBoolean());
        Assert.False(richText.GetProperty("isDeletable").GetBoolean());
    }

    [Fact]
    public async Task Items_answer_the_ids_asked_for_and_skip_unknown_ones()
    {
        var items = await host.GetJsonAsync(host.Editor,
            $"/item/data-type?id=ca90c950-0aff-4e72-b976-a30b1ac57dad&id={Guid.NewGuid()}");

        var item = Assert.Single(items.EnumerateArray());
        AssertHas(item, "item", "id:string", "flags:array", "name:string", "editorUiAlias:string?", "editorAlias:string", "isDeletable:boolean");
        Assert.Equal("Richtext editor", item.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Filter_finds_data_types_by_editor_and_search_by_name()
    {
        var dropdowns = await host.GetJsonAsync(host.Editor, "/filter/data-type?editorAlias=Umbraco.DropDown.Flexible&take=100");
        var found = await host.GetJsonAsync(host.Editor, "/item/data-type/search?query=richtext");

        Assert.True(dropdowns.GetProperty("total").GetInt32() >= 5);
        Assert.All(dropdowns.GetProperty("items").EnumerateArray(), d => Assert.Equal("Umbraco.DropDown.Flexible", d.GetProperty("editorAlias").GetString()));
        Assert.Equal(["Richtext editor"], found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task References_list_the_type_properties_using_a_data_type()
    {
        var references = await host.GetJsonAsync(host.Editor, "/data-type/ca90c950-0aff-4e72-b976-a30b1ac57dad/referenced-by?take=100");
        var used = await host.GetJsonAsync(host.Editor, "/data-type/ca90c950-0aff-4e72-b976-a30b1ac57dad/is-used");

        Assert.True(used.GetBoolean());
        var story = references.GetProperty("items").EnumerateArray()
            .Where(r => r.GetProperty("documentType").GetProperty("alias").GetString() == "story").ToList();
        Assert.All(story, r => AssertHas(r, "reference", "$type:string", "id:string", "name:string?", "alias:string?", "documentType:object"));
        Assert.All(story, r => Assert.Equal("DocumentTypePropertyTypeReferenceResponseModel", r.GetProperty("$type").GetString()));
        Assert.Contains("body", story.Select(r => r.GetProperty("alias").GetString()));
    }

    [Fact]
    public async Task An_unknown_data_type_is_a_404_problem()
    {
        using var response = await host.Editor.GetAsync($"{TypesHost.V1}/data-type/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("NotFound", problem.GetProperty("operationStatus").GetString());
    }
}
