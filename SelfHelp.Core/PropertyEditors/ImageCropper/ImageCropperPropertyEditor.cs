using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.Media;
using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.ImageCropper;

/// <summary><c>Umbraco.ImageCropper</c>: an image in the media store with its focal point and crops (<see cref="ImageCropperValue"/>).</summary>
internal sealed class ImageCropperPropertyEditor(IMediaFileStore store) : IPropertyEditor
{
    public const string EditorAlias = Aliases.ImageCropper;

    public string Alias => EditorAlias;
    public IPropertyValueValidator Validator { get; } = new ImageCropperValueValidator(store);
    public IPropertyValueIndexer IndexValueProvider { get; } = new StructuredValueIndexer();
}
