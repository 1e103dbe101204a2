using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.Search.Indexing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.DatePicker;

/// <summary>
/// <c>Umbraco.DateTime</c> (its UI is Umbraco's date picker, hence the folder: one named <c>DateTime</c> would hide
/// <see cref="System.DateTime"/> in every namespace under <c>PropertyEditors</c>).
/// </summary>
internal sealed class DateTimePropertyEditor : IPropertyEditor
{
    public const string EditorAlias = Aliases.DateTime;

    public string Alias => EditorAlias;
    public IPropertyValueValidator Validator { get; } = new DateTimeValueValidator();
    public IDeliveryPropertyValueConverter DeliveryValueConverter { get; } = new DateTimeValueConverter();
    public IPropertyValueIndexer IndexValueProvider { get; } = new DateValueIndexer();
}
