using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.ContentPicker;

/// <summary><c>Umbraco.ContentPicker</c>: one document of an allowed type.</summary>
internal sealed class ContentPickerPropertyEditor(IContentTypeService contentTypes) : IPropertyEditor
{
    public const string EditorAlias = Aliases.ContentPicker;

    public string Alias => EditorAlias;
    public IPropertyValueValidator Validator { get; } = new DocumentPickerValueValidator(contentTypes);
    public IDeliveryPropertyValueConverter DeliveryValueConverter { get; } = new ContentPickerValueConverter();
    public IPropertyValueIndexer IndexValueProvider { get; } = new ReferenceValueIndexer();
}
