using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.PropertyEditors;
using SelfHelp.Web.ManagementApi.DataTypes;
using SelfHelp.Web.Tests.ManagementApi.DocumentTypes;

namespace SelfHelp.Web.Tests.ManagementApi.DataTypes;

public sealed class PropertyEditorUiTests(TypesHost host) : IClassFixture<TypesHost>
{
    [Fact]
    public void Every_editor_the_engine_knows_opens_in_a_ui_of_its_own()
    {
        var editors = host.Services.GetServices<IPropertyEditor>().Select(e => e.Alias).ToList();

        Assert.True(editors.Count >= 24, $"only {editors.Count} editors registered");
        Assert.All(editors, alias => Assert.NotEqual(PropertyEditorUiAliases.Missing, PropertyEditorUiAliases.For(alias, null)));
    }

    [Fact]
    public void An_editor_without_a_ui_opens_in_the_missing_ui_and_a_retired_ui_in_its_successor()
    {
        Assert.Equal("Umb.PropertyEditorUi.Missing", PropertyEditorUiAliases.For("Our.Community.Contentment", null));
        Assert.Equal("Umb.PropertyEditorUi.Tiptap", PropertyEditorUiAliases.For("Umbraco.RichText", "Umb.PropertyEditorUi.TinyMCE"));
        Assert.Equal("Umb.PropertyEditorUi.Toggle", PropertyEditorUiAliases.For("Umbraco.TrueFalse", null));
    }

    [BackOfficeClientFact]
    public async Task Every_ui_the_server_names_exists_in_the_clients_manifests()
    {
        var client = BackOfficeClientPackage.PropertyEditorUiAliases();
        var shipped = await host.GetJsonAsync(host.Editor, "/filter/data-type?take=1000");
        var answered = shipped.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("editorUiAlias").GetString()!);

        var unknown = PropertyEditorUiAliases.All.Concat(answered).Distinct().Where(alias => !client.Contains(alias)).ToList();
        Assert.True(unknown.Count == 0, "UIs the client does not have: " + string.Join(", ", unknown));
    }
}
