using System.Text.Json;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Media;

namespace SelfHelp.Core.PropertyEditors.ImageCropper;

/// <summary>An image cropper value must point into the media store, with a focal point and crops that lie on the image.</summary>
internal sealed class ImageCropperValueValidator(IMediaFileStore store) : IPropertyValueValidator
{
    public ValueTask<string?> ValidateAsync(JsonElement value, DataType dataType, IContentLookup lookup, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Check(value));

    private string? Check(JsonElement value)
    {
        if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Object)
            || (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("src", out var src) && src.ValueKind != JsonValueKind.String)
            || ImageCropperValue.From(value) is not { } image)
        {
            return "Upload an image to the media library.";
        }
        if (!store.TryGetPath(image.Src, out _))
        {
            return $"'{image.Src}' is not a file in the media library.";
        }
        if (image.FocalPoint is { IsWithinImage: false })
        {
            return "The focal point must lie on the image: left and top between 0 and 1.";
        }
        foreach (var crop in image.Crops)
        {
            if (string.IsNullOrWhiteSpace(crop.Alias) || crop.Width <= 0 || crop.Height <= 0)
            {
                return "Each crop needs an alias and a width and height above zero.";
            }
            if (crop.Coordinates is { LiesOnImage: false })
            {
                return $"The crop '{crop.Alias}' must lie on the image.";
            }
        }
        return null;
    }
}
