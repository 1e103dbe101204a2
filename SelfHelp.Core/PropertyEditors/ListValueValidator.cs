using System.Text.Json;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Core.PropertyEditors;

/// <summary>Dropdown, checkbox list and radio list values must be among the items the data type offers.</summary>
internal sealed class ListValueValidator : IPropertyValueValidator
{
    public ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken)
    {
        var allowed = dataType.GetStringList("items").ToHashSet(StringComparer.Ordinal);
        var chosen = value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()!],
            JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
                value.EnumerateArray().Select(v => v.GetString()!).ToList(),
            _ => null,
        };
        if (chosen is null)
        {
            return ValueTask.FromResult<string?>("Choose from the list.");
        }
        var unknown = chosen.Where(c => !allowed.Contains(c)).ToList();
        return ValueTask.FromResult(unknown.Count == 0 ? null : $"'{string.Join("', '", unknown)}' is not one of the choices.");
    }
}
