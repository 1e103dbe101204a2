using System.Globalization;
using System.Text.Json;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Core.PropertyEditors.Integer;

/// <summary>A whole number, as a JSON number or a string of digits.</summary>
internal sealed class IntegerValueValidator : IPropertyValueValidator
{
    public ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken)
    {
        var isInteger = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out _),
            JsonValueKind.String => long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            _ => false,
        };
        return ValueTask.FromResult(isInteger ? null : "Enter a whole number.");
    }
}
