using System.Text.Json;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Core.PropertyEditors.TextBox;

/// <summary>A text box holds a string no longer than the data type's <c>maxChars</c> (512 when unset).</summary>
internal sealed class TextBoxValueValidator : IPropertyValueValidator
{
    public ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return ValueTask.FromResult<string?>("Enter text.");
        }
        var config = dataType.Configuration;
        var max = config.ValueKind == JsonValueKind.Object && config.TryGetProperty("maxChars", out var m) && m.TryGetInt32(out var n) ? n : 512;
        return ValueTask.FromResult(value.GetString()!.Length > max ? $"Use at most {max} characters." : null);
    }
}
