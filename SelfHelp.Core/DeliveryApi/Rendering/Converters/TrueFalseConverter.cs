using System.Text.Json;

namespace SelfHelp.Core.DeliveryApi.Rendering.Converters;

/// <summary>A true/false switch (<c>PropertyEditors/TrueFalse</c>) outputs a boolean; unset is false, as in Umbraco.</summary>
internal sealed class TrueFalseConverter : IDeliveryPropertyValueConverter
{
    public object? Convert(JsonElement? value, PropertyValueContext context) => Read(value);

    public static bool Read(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.String } text => text.GetString() is "1" or "true" or "True",
        { ValueKind: JsonValueKind.Number } number => number.TryGetInt32(out var n) && n != 0,
        _ => false,
    };
}
