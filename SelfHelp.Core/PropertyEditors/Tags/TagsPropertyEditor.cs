using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.Tags;

/// <summary><c>Umbraco.Tags</c>: a list of words, output as an array of strings.</summary>
internal sealed class TagsPropertyEditor : IPropertyEditor
{
    public const string EditorAlias = Aliases.Tags;

    public string Alias => EditorAlias;
    public IPropertyValueValidator Validator { get; } = new TagsValueValidator();
    public IDeliveryPropertyValueConverter DeliveryValueConverter { get; } = new StringListValueConverter();
    public IPropertyValueIndexer IndexValueProvider { get; } = new TagsValueIndexer();
}
