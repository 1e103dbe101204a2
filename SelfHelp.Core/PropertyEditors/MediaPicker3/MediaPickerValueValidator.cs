using System.Text.Json;
using SelfHelp.Core.Content;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Core.PropertyEditors.MediaPicker3;

/// <summary>Media pickers hold <c>[{key, mediaKey}]</c>; each media item must exist and be of an allowed media type.</summary>
internal sealed class MediaPickerValueValidator(IContentTypeService contentTypes) : IPropertyValueValidator
{
    public async ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return "Pick media from the media library.";
        }
        var allowed = await PickerFilter.AllowedAliasesAsync(dataType, contentTypes, cancellationToken);
        foreach (var entry in value.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("mediaKey", out var mediaKey) || !mediaKey.TryGetGuid(out var key))
            {
                return "Each picked media item needs a mediaKey.";
            }
            var alias = await lookup.GetContentTypeAliasAsync(key, NodeObjectType.Media, cancellationToken);
            if (alias is null)
            {
                return $"The picked media item {key} does not exist.";
            }
            if (allowed.Count > 0 && !allowed.Contains(alias, StringComparer.OrdinalIgnoreCase))
            {
                return $"A {alias} cannot be picked here; pick a {string.Join(" or ", allowed)}.";
            }
        }
        return null;
    }
}
