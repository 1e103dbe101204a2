using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.Media;
using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.UploadField;

/// <summary><c>Umbraco.UploadField</c>: a file in the media store, by its URL.</summary>
internal sealed class UploadFieldPropertyEditor(IMediaFileStore store) : IPropertyEditor
{
    public const string EditorAlias = Aliases.UploadField;

    public string Alias => EditorAlias;
    public IPropertyValueValidator Validator { get; } = new UploadFieldValueValidator(store);
    public IPropertyValueIndexer IndexValueProvider { get; } = new StructuredValueIndexer();
}
