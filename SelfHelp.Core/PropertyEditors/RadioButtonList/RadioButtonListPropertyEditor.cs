using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.RadioButtonList;

/// <summary><c>Umbraco.RadioButtonList</c>: one of the data type's items, output as its string.</summary>
internal sealed class RadioButtonListPropertyEditor : IPropertyEditor
{
    public const string EditorAlias = Aliases.RadioButtonList;

    public string Alias => EditorAlias;
    public IPropertyValueValidator Validator { get; } = new ListValueValidator();
    public IDeliveryPropertyValueConverter DeliveryValueConverter { get; } = new StringValueConverter();
    public IPropertyValueIndexer IndexValueProvider { get; } = new ChoiceValueIndexer();
}
