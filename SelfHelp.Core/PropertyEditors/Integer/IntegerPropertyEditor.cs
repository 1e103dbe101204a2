using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.Integer;

/// <summary><c>Umbraco.Integer</c>: a whole number, output and indexed as a number.</summary>
internal sealed class IntegerPropertyEditor : IPropertyEditor
{
    public const string EditorAlias = Aliases.Integer;

    public string Alias => EditorAlias;
    public IPropertyValueValidator Validator { get; } = new IntegerValueValidator();
    public IDeliveryPropertyValueConverter DeliveryValueConverter { get; } = new IntegerValueConverter();
    public IPropertyValueIndexer IndexValueProvider { get; } = new NumberValueIndexer();
}
