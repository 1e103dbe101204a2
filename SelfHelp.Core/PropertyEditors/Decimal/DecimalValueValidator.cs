using System.Globalization;
using System.Text.Json;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Core.PropertyEditors.Decimal;

/// <summary>A number, as a JSON number or a string in the invariant culture.</summary>
internal sealed class DecimalValueValidator : IPropertyValueValidator
{
    public ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken)
    {
        var isNumber = value.ValueKind == JsonValueKind.Number
            || (value.ValueKind == JsonValueKind.String && decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out _));
        return ValueTask.FromResult(isNumber ? null : "Enter a number.");
    }
}
