using System.Globalization;
using System.Text.Json;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.DeliveryApi.Rendering.Converters;

/// <summary>Text editors output their string as stored (null when empty).</summary>
internal abstract class StringConverter(string editorAlias) : IDeliveryPropertyValueConverter
{
    public string EditorAlias => editorAlias;

    public object? Convert(JsonElement? value, PropertyValueContext context) => value switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } other => other.ToString(),
        _ => null,
    };
}

internal sealed class TextBoxConverter() : StringConverter(Aliases.TextBox);

internal sealed class TextAreaConverter() : StringConverter(Aliases.TextArea);

internal sealed class EmailAddressConverter() : StringConverter(Aliases.EmailAddress);

internal sealed class RadioButtonListConverter() : StringConverter(Aliases.RadioButtonList);

/// <summary>Whole numbers output as JSON numbers; stored strings are read too.</summary>
internal sealed class IntegerConverter : IDeliveryPropertyValueConverter
{
    public string EditorAlias => Aliases.Integer;

    public object? Convert(JsonElement? value, PropertyValueContext context) => value switch
    {
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var n) => n,
        { ValueKind: JsonValueKind.String } text when long.TryParse(text.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}

/// <summary>Decimal numbers output as JSON numbers.</summary>
internal sealed class DecimalConverter : IDeliveryPropertyValueConverter
{
    public string EditorAlias => Aliases.Decimal;

    public object? Convert(JsonElement? value, PropertyValueContext context) => value switch
    {
        { ValueKind: JsonValueKind.Number } number when number.TryGetDecimal(out var n) => n,
        { ValueKind: JsonValueKind.String } text when decimal.TryParse(text.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}

/// <summary>A true/false switch outputs a boolean; unset is false, as in Umbraco.</summary>
internal sealed class TrueFalseConverter : IDeliveryPropertyValueConverter
{
    public string EditorAlias => Aliases.Boolean;

    public object? Convert(JsonElement? value, PropertyValueContext context) => Read(value);

    public static bool Read(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.String } text => text.GetString() is "1" or "true" or "True",
        { ValueKind: JsonValueKind.Number } number => number.TryGetInt32(out var n) && n != 0,
        _ => false,
    };
}

/// <summary>Dates output as ISO 8601 in UTC ("2026-05-01T09:30:00Z").</summary>
internal sealed class DateTimeConverter : IDeliveryPropertyValueConverter
{
    public string EditorAlias => Aliases.DateTime;

    public object? Convert(JsonElement? value, PropertyValueContext context) =>
        value is { ValueKind: JsonValueKind.String } text
        && DateTime.TryParse(text.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
}
