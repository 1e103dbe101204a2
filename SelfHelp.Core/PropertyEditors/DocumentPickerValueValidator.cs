using System.Text.Json;
using SelfHelp.Core.Content;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Core.PropertyEditors;

/// <summary>Content pickers hold document keys (or UDIs); each must exist and be of a type the data type allows.</summary>
internal sealed class DocumentPickerValueValidator(IContentTypeService contentTypes) : IPropertyValueValidator
{
    public async ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken)
    {
        var references = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            JsonValueKind.Array => value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : "").ToArray(),
            _ => null,
        };
        if (references is null)
        {
            return "Pick items from the content tree.";
        }
        var allowed = await PickerFilter.AllowedAliasesAsync(dataType, contentTypes, cancellationToken);
        foreach (var reference in references)
        {
            if (!PickerReference.TryParse(reference, out var key))
            {
                return $"'{reference}' is not a content reference.";
            }
            var alias = await lookup.GetContentTypeAliasAsync(key, NodeObjectType.Document, cancellationToken);
            if (alias is null)
            {
                return $"The picked item {key} does not exist.";
            }
            if (allowed.Count > 0 && !allowed.Contains(alias, StringComparer.OrdinalIgnoreCase))
            {
                return $"A {alias} cannot be picked here; pick a {string.Join(" or ", allowed)}.";
            }
        }
        return null;
    }
}
