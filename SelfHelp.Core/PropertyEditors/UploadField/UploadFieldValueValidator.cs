using System.Text.Json;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Media;

namespace SelfHelp.Core.PropertyEditors.UploadField;

/// <summary>An upload field holds the URL of a file in the media store.</summary>
internal sealed class UploadFieldValueValidator(IMediaFileStore store) : IPropertyValueValidator
{
    public ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken) =>
        ValueTask.FromResult(value.ValueKind == JsonValueKind.String && store.TryGetPath(value.GetString()!, out _)
            ? null
            : "Upload a file to the media library.");
}
