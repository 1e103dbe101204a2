using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.TextBox;

/// <summary><c>Umbraco.TextBox</c>: one line of text, at most the data type's <c>maxChars</c>.</summary>
internal sealed class TextBoxPropertyEditor : IPropertyEditor
{
    public const string EditorAlias = Aliases.TextBox;

    public string Alias => EditorAlias;
    public IPropertyValueValidator Validator { get; } = new TextBoxValueValidator();
    public IDeliveryPropertyValueConverter DeliveryValueConverter { get; } = new StringValueConverter();
    public IPropertyValueIndexer IndexValueProvider { get; } = new TextValueIndexer();
}
