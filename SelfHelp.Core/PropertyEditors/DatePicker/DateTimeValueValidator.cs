using System.Globalization;
using System.Text.Json;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Core.PropertyEditors.DatePicker;

/// <summary>A date and time as an ISO 8601 string.</summary>
internal sealed class DateTimeValueValidator : IPropertyValueValidator
{
    public ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken) =>
        ValueTask.FromResult(value.ValueKind == JsonValueKind.String
            && DateTime.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _)
            ? null
            : "Enter a valid date and time (for example 2026-05-01T09:30:00).");
}
