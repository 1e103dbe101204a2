using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.BlockList;

/// <summary><c>Umbraco.BlockList</c>: a list of element blocks, each with optional settings; its text is indexed.</summary>
internal sealed class BlockListPropertyEditor : IPropertyEditor
{
    public const string EditorAlias = Aliases.BlockList;

    public string Alias => EditorAlias;
    public IDeliveryPropertyValueConverter DeliveryValueConverter { get; } = new BlockListValueConverter();
    public IPropertyValueIndexer IndexValueProvider { get; } = new StructuredValueIndexer();
}
