using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.CheckBoxList;

/// <summary><c>Umbraco.CheckBoxList</c>: any of the data type's items, output as an array of strings.</summary>
internal sealed class CheckBoxListPropertyEditor : IPropertyEditor
{
    public const string EditorAlias = Aliases.CheckBoxList;

    public string Alias => EditorAlias;
    public IPropertyValueValidator Validator { get; } = new ListValueValidator();
    public IDeliveryPropertyValueConverter DeliveryValueConverter { get; } = new StringListValueConverter();
    public IPropertyValueIndexer IndexValueProvider { get; } = new ChoiceValueIndexer();
}
