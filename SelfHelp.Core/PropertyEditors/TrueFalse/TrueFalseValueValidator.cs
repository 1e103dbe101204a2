using System.Text.Json;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Core.PropertyEditors.TrueFalse;

/// <summary>A switch is stored as JSON <c>true</c> or <c>false</c>.</summary>
internal sealed class TrueFalseValueValidator : IPropertyValueValidator
{
    public ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken) =>
        ValueTask.FromResult(value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : "Choose yes or no.");
}
