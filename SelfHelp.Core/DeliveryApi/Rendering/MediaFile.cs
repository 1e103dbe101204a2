using System.Globalization;
using System.Text.Json;
using SelfHelp.Core.PublishedCache;
using Umbraco.Cms.Core.Models.DeliveryApi;

namespace SelfHelp.Core.DeliveryApi.Rendering;

/// <summary>
/// What Umbraco's media types keep in their <c>umbraco*</c> properties: the file (an upload path or an image cropper
/// value with focal point and crops), its extension, size in bytes and pixel dimensions.
/// </summary>
internal sealed record MediaFile(string Url, string? Extension, int? Width, int? Height, int? Bytes, ImageFocalPoint? FocalPoint, IReadOnlyList<ImageCrop> Crops)
{
    public static MediaFile Read(PublishedContent media, string culture)
    {
        var file = media.GetValue("umbracoFile", culture);
        var url = file switch
        {
            { ValueKind: JsonValueKind.String } text => text.GetString() ?? "",
            { ValueKind: JsonValueKind.Object } json when json.TryGetProperty("src", out var src) && src.ValueKind == JsonValueKind.String => src.GetString() ?? "",
            _ => "",
        };
        var extension = media.GetValue("umbracoExtension", culture) is { ValueKind: JsonValueKind.String } ext
            ? ext.GetString()
            : Path.GetExtension(url).TrimStart('.') is { Length: > 0 } fromUrl ? fromUrl.ToLowerInvariant() : null;
        var focalPoint = file is { ValueKind: JsonValueKind.Object } cropper && cropper.TryGetProperty("focalPoint", out var fp) ? ReadFocalPoint(fp) : null;
        var crops = file is { ValueKind: JsonValueKind.Object } withCrops && withCrops.TryGetProperty("crops", out var c) ? ReadCrops(c) : [];
        return new MediaFile(url, extension, ReadInt(media.GetValue("umbracoWidth", culture)), ReadInt(media.GetValue("umbracoHeight", culture)),
            ReadInt(media.GetValue("umbracoBytes", culture)), focalPoint, crops);
    }

    public static ImageFocalPoint? ReadFocalPoint(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
        && value.TryGetProperty("left", out var left) && left.TryGetDecimal(out var l)
        && value.TryGetProperty("top", out var top) && top.TryGetDecimal(out var t)
            ? new ImageFocalPoint(l, t)
            : null;

    public static IReadOnlyList<ImageCrop> ReadCrops(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        var crops = new List<ImageCrop>();
        foreach (var crop in value.EnumerateArray())
        {
            if (crop.ValueKind != JsonValueKind.Object || !crop.TryGetProperty("alias", out var alias) || alias.ValueKind != JsonValueKind.String)
            {
                continue;
            }
            var width = crop.TryGetProperty("width", out var w) && w.TryGetInt32(out var wi) ? wi : 0;
            var height = crop.TryGetProperty("height", out var h) && h.TryGetInt32(out var hi) ? hi : 0;
            ImageCropCoordinates? coordinates = crop.TryGetProperty("coordinates", out var co) && co.ValueKind == JsonValueKind.Object
                && co.TryGetProperty("x1", out var x1) && co.TryGetProperty("y1", out var y1) && co.TryGetProperty("x2", out var x2) && co.TryGetProperty("y2", out var y2)
                    ? new ImageCropCoordinates(x1.GetDecimal(), y1.GetDecimal(), x2.GetDecimal(), y2.GetDecimal())
                    : null;
            crops.Add(new ImageCrop(alias.GetString()!, width, height, coordinates!));
        }
        return crops;
    }

    private static int? ReadInt(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var n) => (int)Math.Min(n, int.MaxValue),
        { ValueKind: JsonValueKind.String } text when int.TryParse(text.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
