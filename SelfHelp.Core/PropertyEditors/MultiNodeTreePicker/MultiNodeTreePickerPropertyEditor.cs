using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.MultiNodeTreePicker;

/// <summary><c>Umbraco.MultiNodeTreePicker</c>: documents of allowed types, in the picked order.</summary>
internal sealed class MultiNodeTreePickerPropertyEditor(IContentTypeService contentTypes) : IPropertyEditor
{
    public const string EditorAlias = Aliases.MultiNodeTreePicker;

    public string Alias => EditorAlias;
    public IPropertyValueValidator Validator { get; } = new DocumentPickerValueValidator(contentTypes);
    public IDeliveryPropertyValueConverter DeliveryValueConverter { get; } = new MultiNodeTreePickerValueConverter();
    public IPropertyValueIndexer IndexValueProvider { get; } = new ReferenceValueIndexer();
}
