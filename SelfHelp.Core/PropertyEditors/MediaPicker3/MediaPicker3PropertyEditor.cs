using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.MediaPicker3;

/// <summary><c>Umbraco.MediaPicker3</c>: media items of allowed types, each with its own crops and focal point.</summary>
internal sealed class MediaPicker3PropertyEditor(IContentTypeService contentTypes) : IPropertyEditor
{
    public const string EditorAlias = Aliases.MediaPicker3;

    public string Alias => EditorAlias;
    public IPropertyValueValidator Validator { get; } = new MediaPickerValueValidator(contentTypes);
    public IDeliveryPropertyValueConverter DeliveryValueConverter { get; } = new MediaPickerValueConverter();
    public IPropertyValueIndexer IndexValueProvider { get; } = new ReferenceValueIndexer();
}
