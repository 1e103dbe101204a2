using System.Text.Json;
using SelfHelp.Core.Content.Validation;
using Umbraco.Cms.Core.Models.DeliveryApi;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.DeliveryApi.Rendering.Converters;

/// <summary>Reads picked document keys from a Guid, a UDI, a comma-separated list or an array of either.</summary>
internal static class PickedKeys
{
    public static IEnumerable<Guid> Read(JsonElement? value) =>
        StoredList.Read(value).Select(reference => PickerReference.TryParse(reference, out var key) ? key : Guid.Empty).Where(k => k != Guid.Empty);
}

/// <summary>A content picker outputs the picked item (shallow unless expanded), or null when it may not be shown.</summary>
internal sealed class ContentPickerConverter : IDeliveryPropertyValueConverter
{
    public string EditorAlias => Aliases.ContentPicker;

    public object? Convert(JsonElement? value, PropertyValueContext context) =>
        PickedKeys.Read(value).FirstOrDefault() is var key && key != Guid.Empty ? context.Renderer.RenderContent(key, context) : null;
}

/// <summary>A multinode tree picker outputs an array of the picked items that may be shown, in the picked order.</summary>
internal sealed class MultiNodeTreePickerConverter : IDeliveryPropertyValueConverter
{
    public string EditorAlias => Aliases.MultiNodeTreePicker;

    public object? Convert(JsonElement? value, PropertyValueContext context) =>
        PickedKeys.Read(value).Select(key => context.Renderer.RenderContent(key, context)).OfType<IApiContent>().ToArray();
}

/// <summary>
/// Media Picker 3 outputs an array of media objects, each with the crops and focal point chosen in the picker
/// (falling back to the image's own).
/// </summary>
internal sealed class MediaPickerConverter : IDeliveryPropertyValueConverter
{
    public string EditorAlias => Aliases.MediaPicker3;

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
