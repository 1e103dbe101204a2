using System.Globalization;
using System.Text.Json;
using SelfHelp.Core.DeliveryApi.Rendering;

namespace SelfHelp.Core.PropertyEditors.DatePicker;

/// <summary>Dates output as ISO 8601 in UTC ("2026-05-01T09:30:00Z").</summary>
internal sealed class DateTimeValueConverter : IDeliveryPropertyValueConverter
{
    public object? Convert(JsonElement? value, PropertyValueContext context) =>
        value is { ValueKind: JsonValueKind.String } text
        && DateTime.TryParse(text.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
}
