using System.Text.Json;
using SelfHelp.Core.DeliveryApi.Rendering;
using Umbraco.Cms.Core.Models.DeliveryApi;

namespace SelfHelp.Core.PropertyEditors.MediaPicker3;

/// <summary>
/// Media Picker 3 outputs an array of media objects, each with the crops and focal point chosen in the picker
/// (falling back to the image's own).
/// </summary>
internal sealed class MediaPickerValueConverter : IDeliveryPropertyValueConverter
{
    public object? Convert(JsonElement? value, PropertyValueContext context)
    {
        if (value is not { ValueKind: JsonValueKind.Array } entries)
        {
            return Array.Empty<IApiMediaWithCrops>();
        }
        var media = new List<IApiMediaWithCrops>();
        foreach (var entry in entries.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("mediaKey", out var mediaKey) || !mediaKey.TryGetGuid(out var key))
            {
                continue;
            }
            var focalPoint = entry.TryGetProperty("focalPoint", out var fp) ? MediaFile.ReadFocalPoint(fp) : null;
            var crops = entry.TryGetProperty("crops", out var c) ? MediaFile.ReadCrops(c) : null;
            if (context.Renderer.RenderMedia(key, focalPoint, crops, context) is { } item)
            {
                media.Add(item);
            }
        }
        return media;
    }
}
