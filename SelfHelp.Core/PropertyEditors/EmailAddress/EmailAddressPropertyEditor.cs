using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.EmailAddress;

/// <summary><c>Umbraco.EmailAddress</c>: one address, indexed as a keyword rather than as words.</summary>
internal sealed class EmailAddressPropertyEditor : IPropertyEditor
{
    public const string EditorAlias = Aliases.EmailAddress;

    public string Alias => EditorAlias;
    public IPropertyValueValidator Validator { get; } = new EmailAddressValueValidator();
    public IDeliveryPropertyValueConverter DeliveryValueConverter { get; } = new StringValueConverter();
    public IPropertyValueIndexer IndexValueProvider { get; } = new ChoiceValueIndexer();
}
