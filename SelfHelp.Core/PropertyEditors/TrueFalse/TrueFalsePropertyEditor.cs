using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.DeliveryApi.Rendering.Converters;
using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.TrueFalse;

/// <summary><c>Umbraco.TrueFalse</c>: a switch, output as a boolean and indexed as 1 or 0.</summary>
/// <remarks>
/// Its converter stays in <c>DeliveryApi/Rendering/Converters</c> for now: the Delivery API's
/// <c>acceptingNewMembers</c> index field reads stored switches through <see cref="TrueFalseConverter.Read"/>.
/// </remarks>
internal sealed class TrueFalsePropertyEditor : IPropertyEditor
{
    public const string EditorAlias = Aliases.Boolean;

    public string Alias => EditorAlias;
    public IPropertyValueValidator Validator { get; } = new TrueFalseValueValidator();
    public IDeliveryPropertyValueConverter DeliveryValueConverter { get; } = new TrueFalseConverter();
    public IPropertyValueIndexer IndexValueProvider { get; } = new NumberValueIndexer();
}
