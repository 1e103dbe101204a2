using System.Net;
using System.Net.Http.Json;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.Tests.ManagementApi.DocumentTypes;

namespace SelfHelp.Web.Tests.ManagementApi.DataTypes;

public sealed class DataTypeEditTests(TypesHost host) : IClassFixture<TypesHost>
{

    [Fact]
    public async Task Changing_a_data_types_configuration_writes_its_usync_file()
    {
        var id = await KeyOfAsync("Textarea");

        using var response = await host.PutJsonAsync(host.Admin, $"/data-type/{id}", new
        {
            name = "Textarea", editorAlias = "Umbraco.TextArea", editorUiAlias = "Umb.PropertyEditorUi.TextArea",
            values = new object[] { new { alias = "rows", value = 12 }, new { alias = "maxChars", value = 800 } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = await File.ReadAllTextAsync(Path.Combine(host.USyncFolder, "DataTypes", "Textarea.config"));
        Assert.Contains("\"rows\": 12", file);
        Assert.Contains("\"maxChars\": 800", file);
        var reread = await host.GetJsonAsync(host.Editor, $"/data-type/{id}");
        Assert.Equal(12, reread.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("alias").GetString() == "rows").GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task A_data_type_created_through_the_api_gets_a_file_and_an_unused_one_is_deleted()
    {
        using var created = await host.Admin.PostAsJsonAsync($"{TypesHost.V1}/data-type", new
        {
            name = "Short answer", editorAlias = "Umbraco.TextBox", editorUiAlias = "Umb.PropertyEditorUi.TextBox",
            values = new object[] { new { alias = "maxChars", value = 80 } },
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = created.Headers.GetValues(ManagementResults.GeneratedResourceHeader).Single();
        var file = Path.Combine(host.USyncFolder, "DataTypes", "ShortAnswer.config");
        Assert.Contains(id, await File.ReadAllTextAsync(file));

        using var deleted = await host.Admin.DeleteAsync($"{TypesHost.V1}/data-type/{id}");
        using var gone = await host.Editor.GetAsync($"{TypesHost.V1}/data-type/{id}");

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains("Change=\"Delete\"", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task A_data_type_in_use_is_not_deleted_and_an_unknown_editor_is_refused()
    {
        using var delete = await host.Admin.DeleteAsync($"{TypesHost.V1}/data-type/ca90c950-0aff-4e72-b976-a30b1ac57dad");
        using var unknown = await host.Admin.PostAsJsonAsync($"{TypesHost.V1}/data-type", new
        {
            name = "Mystery", editorAlias = "Our.Mystery.Editor", editorUiAlias = "Our.Mystery.Ui", values = Array.Empty<object>(),
        });

        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("PropertyEditorNotFound", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_editor_reads_data_types_but_may_not_change_them()
    {
        var id = await KeyOfAsync("Textstring");

        using var response = await host.PutJsonAsync(host.Editor, $"/data-type/{id}", new
        {
            name = "Changed", editorAlias = "Umbraco.TextBox", editorUiAlias = "Umb.PropertyEditorUi.TextBox", values = Array.Empty<object>(),
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<string> KeyOfAsync(string name)
    {
        var found = await host.GetJsonAsync(host.Editor, $"/filter/data-type?name={name}");
        return found.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;
    }
}
