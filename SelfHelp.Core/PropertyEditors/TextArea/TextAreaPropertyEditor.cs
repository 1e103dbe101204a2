using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.TextArea;

/// <summary><c>Umbraco.TextArea</c>: several lines of plain text.</summary>
internal sealed class TextAreaPropertyEditor : IPropertyEditor
{
    public const string EditorAlias = Aliases.TextArea;

    public string Alias => EditorAlias;
    public IDeliveryPropertyValueConverter DeliveryValueConverter { get; } = new StringValueConverter();
    public IPropertyValueIndexer IndexValueProvider { get; } = new TextValueIndexer();
}
