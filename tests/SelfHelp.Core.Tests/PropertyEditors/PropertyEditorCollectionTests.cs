using SelfHelp.Core.PropertyEditors;
using SelfHelp.Core.PropertyEditors.TextArea;
using SelfHelp.Core.PropertyEditors.TextBox;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.Tests.PropertyEditors;

public sealed class PropertyEditorCollectionTests
{
    [Theory]
    [InlineData("Umbraco.TextBox")]
    [InlineData("umbraco.textbox")]
    public void Two_editors_with_one_alias_are_refused(string secondAlias)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new PropertyEditorCollection([new TextBoxPropertyEditor(), new TextAreaPropertyEditor(), new EditorWithAlias(secondAlias)]));

        Assert.Contains(secondAlias, error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(TextBoxPropertyEditor), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_editor_is_found_by_its_alias_in_any_case()
    {
        var textBox = new TextBoxPropertyEditor();
        var editors = new PropertyEditorCollection([textBox, new TextAreaPropertyEditor()]);

        Assert.Same(textBox, editors[Aliases.TextBox]);
        Assert.Same(textBox, editors["UMBRACO.TEXTBOX"]);
    }

    [Fact]
    public void An_alias_no_editor_claims_is_the_missing_editor_with_no_parts_of_its_own()
    {
        var editors = new PropertyEditorCollection([new TextBoxPropertyEditor()]);

        IPropertyEditor missing = editors["Acme.ColourWheel"];

        Assert.Same(MissingPropertyEditor.Instance, missing);
        Assert.Equal(Aliases.Label, missing.Alias);
        Assert.Null(missing.Validator);
        Assert.Null(missing.DeliveryValueConverter);
        Assert.Null(missing.IndexValueProvider);
    }

    private sealed class EditorWithAlias(string alias) : IPropertyEditor
    {
        public string Alias => alias;
    }
}
