using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.DropDownFlexible;

/// <summary><c>Umbraco.DropDown.Flexible</c>: one or (when the data type allows) several of its items.</summary>
internal sealed class DropDownFlexiblePropertyEditor : IPropertyEditor
{
    public const string EditorAlias = Aliases.DropDownListFlexible;

    public string Alias => EditorAlias;
    public IPropertyValueValidator Validator { get; } = new ListValueValidator();
    public IDeliveryPropertyValueConverter DeliveryValueConverter { get; } = new DropDownValueConverter();
    public IPropertyValueIndexer IndexValueProvider { get; } = new ChoiceValueIndexer();
}
