using System.Globalization;
using System.Text.Json;
using SelfHelp.Core.DeliveryApi.Rendering;

namespace SelfHelp.Core.PropertyEditors.Integer;

/// <summary>Whole numbers output as JSON numbers; stored strings are read too.</summary>
internal sealed class IntegerValueConverter : IDeliveryPropertyValueConverter
{
    public object? Convert(JsonElement? value, PropertyValueContext context) => value switch
    {
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var n) => n,
        { ValueKind: JsonValueKind.String } text when long.TryParse(text.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
