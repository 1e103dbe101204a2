using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.MultiUrlPicker;

/// <summary><c>Umbraco.MultiUrlPicker</c>: links to documents, media or other sites; their titles are indexed.</summary>
internal sealed class MultiUrlPickerPropertyEditor : IPropertyEditor
{
    public const string EditorAlias = Aliases.MultiUrlPicker;

    public string Alias => EditorAlias;
    public IDeliveryPropertyValueConverter DeliveryValueConverter { get; } = new MultiUrlPickerValueConverter();
    public IPropertyValueIndexer IndexValueProvider { get; } = new StructuredValueIndexer();
}
