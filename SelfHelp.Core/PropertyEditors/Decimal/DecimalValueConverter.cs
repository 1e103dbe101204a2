using System.Globalization;
using System.Text.Json;
using SelfHelp.Core.DeliveryApi.Rendering;

namespace SelfHelp.Core.PropertyEditors.Decimal;

/// <summary>Decimal numbers output as JSON numbers.</summary>
internal sealed class DecimalValueConverter : IDeliveryPropertyValueConverter
{
    public object? Convert(JsonElement? value, PropertyValueContext context) => value switch
    {
        { ValueKind: JsonValueKind.Number } number when number.TryGetDecimal(out var n) => n,
        { ValueKind: JsonValueKind.String } text when decimal.TryParse(text.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
