using Microsoft.Extensions.Options;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.Search.Indexing;
using Umbraco.Cms.Core.Configuration.Models;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.RichText;

/// <summary><c>Umbraco.RichText</c>: staff-written HTML with blocks, indexed as the text a reader sees.</summary>
internal sealed class RichTextPropertyEditor(IOptions<DeliveryApiSettings> deliverySettings) : IPropertyEditor
{
    public const string EditorAlias = Aliases.RichText;

    public string Alias => EditorAlias;
    public IDeliveryPropertyValueConverter DeliveryValueConverter { get; } = new RichTextValueConverter(deliverySettings.Value.RichTextOutputAsJson);
    public IPropertyValueIndexer IndexValueProvider { get; } = new RichTextValueIndexer();
}
