using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.Decimal;

/// <summary><c>Umbraco.Decimal</c>: a number, output and indexed as a number.</summary>
internal sealed class DecimalPropertyEditor : IPropertyEditor
{
    public const string EditorAlias = Aliases.Decimal;

    public string Alias => EditorAlias;
    public IPropertyValueValidator Validator { get; } = new DecimalValueValidator();
    public IDeliveryPropertyValueConverter DeliveryValueConverter { get; } = new DecimalValueConverter();
    public IPropertyValueIndexer IndexValueProvider { get; } = new NumberValueIndexer();
}
