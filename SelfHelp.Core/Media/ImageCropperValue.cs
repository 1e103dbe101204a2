using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using Umbraco.Cms.Core.Media;
using ImageUrlGenerationOptions = Umbraco.Cms.Core.Models.ImageUrlGenerationOptions;

namespace SelfHelp.Core.Media;

/// <summary>
/// An image's <c>umbracoFile</c> value as Umbraco's image cropper stores it:
/// <c>{"src":"/media/…/photo.jpg","focalPoint":{"left":0.5,"top":0.5},"crops":[{"alias":"thumb","width":300,"height":150}]}</c>.
/// </summary>
public sealed record ImageCropperValue(string Src, ImageCropperFocalPoint? FocalPoint, IReadOnlyList<ImageCropperCrop> Crops)
{
    /// <summary>Reads a stored value; a bare string is a value with only a source (older Umbraco data, some uSync files).</summary>
    public static ImageCropperValue? From(JsonElement? value)
    {
        try
        {
            return value switch
            {
                { ValueKind: JsonValueKind.String } text => new ImageCropperValue(text.GetString()!, null, []),
                { ValueKind: JsonValueKind.Object } json when json.Deserialize<ImageCropperValue>(ContentJson.Options) is { Src: not null } parsed =>
                    parsed with { Crops = parsed.Crops ?? [] },
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Umbraco's rule: a focal point in the exact centre counts as none, so crops fall back to plain centring.</summary>
    public bool HasFocalPoint() => FocalPoint is { } point && (point.Left != 0.5m || point.Top != 0.5m);

    public ImageCropperCrop? GetCrop(string alias) =>
        Crops.FirstOrDefault(c => string.Equals(c.Alias, alias, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Brings the crops in line with the data type (as Umbraco's <c>ApplyConfiguration</c>): each configured crop is
    /// present with its configured size, and keeps the coordinates an editor set on it.
    /// </summary>
    public ImageCropperValue WithConfiguredCrops(IReadOnlyList<ImageCropConfiguration> configured) => this with
    {
        Crops = configured.Select(c => new ImageCropperCrop(c.Alias, c.Width, c.Height, GetCrop(c.Alias)?.Coordinates))
            .Concat(Crops.Where(c => !configured.Any(k => string.Equals(k.Alias, c.Alias, StringComparison.OrdinalIgnoreCase))))
            .ToList(),
    };

    /// <summary>The part of the source image a named crop shows, in source pixels; null when there is no such crop.</summary>
    public ImageCropRectangle? GetCropRectangle(string alias, int sourceWidth, int sourceHeight) => GetCrop(alias) switch
    {
        null => null,
        { Coordinates: { } coordinates } => ImageCropRectangle.ForCoordinates(sourceWidth, sourceHeight, coordinates),
        var crop => ImageCropRectangle.ForFocalPoint(sourceWidth, sourceHeight, crop.Width, crop.Height,
            FocalPoint?.Left ?? 0.5m, FocalPoint?.Top ?? 0.5m),
    };

    /// <summary>
    /// The URL of a named crop for an image processor, built as Umbraco's <c>ImageCropperValue.GetCropUrl</c> does:
    /// the crop's own coordinates when an editor set them, otherwise the focal point, sized to the crop.
    /// </summary>
    public string? GetCropUrl(string alias, IImageUrlGenerator generator, string? cacheBusterValue = null)
    {
        if (GetCrop(alias) is not { } crop)
        {
            return null;
        }
        var options = new ImageUrlGenerationOptions(Src) { Width = crop.Width, Height = crop.Height, CacheBusterValue = cacheBusterValue };
        if (crop.Coordinates is { } c)
        {
            options.Crop = new ImageUrlGenerationOptions.CropCoordinates(c.X1, c.Y1, c.X2, c.Y2);
        }
        else if (HasFocalPoint())
        {
            options.FocalPoint = new ImageUrlGenerationOptions.FocalPointPosition(FocalPoint!.Left, FocalPoint.Top);
        }
        return generator.GetImageUrl(options);
    }
}

/// <summary>Where the subject of an image is, as fractions of its width (left) and height (top), each from 0 to 1.</summary>
public sealed record ImageCropperFocalPoint(decimal Left, decimal Top)
{
    public static readonly ImageCropperFocalPoint Centre = new(0.5m, 0.5m);

    [JsonIgnore]
    public bool IsWithinImage => Left is >= 0 and <= 1 && Top is >= 0 and <= 1;

    /// <summary>The same point without trailing zeros, so stored values and URLs read "0.3", not "0.300".</summary>
    public ImageCropperFocalPoint Normalised() => new(Trim(Left), Trim(Top));

    private static decimal Trim(decimal value) =>
        decimal.Parse(value.ToString("0.############################", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}

/// <summary>A named crop on an image value; <see cref="Coordinates"/> is set only when an editor drew the crop by hand.</summary>
public sealed record ImageCropperCrop(
    string Alias,
    int Width,
    int Height,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ImageCropperCropCoordinates? Coordinates = null);

/// <summary>A hand-drawn crop as Umbraco stores it: the fractions cut off the left (x1), top (y1), right (x2) and bottom (y2).</summary>
public sealed record ImageCropperCropCoordinates(decimal X1, decimal Y1, decimal X2, decimal Y2)
{
    /// <summary>True when every cut is a fraction and something of the image is left between the cuts.</summary>
    [JsonIgnore]
    public bool LiesOnImage => new[] { X1, Y1, X2, Y2 }.All(f => f is >= 0 and <= 1) && X1 + X2 < 1 && Y1 + Y2 < 1;
}

/// <summary>A crop offered by an image cropper data type: <c>{"alias":"thumb","label":"Thumb","width":300,"height":150}</c>.</summary>
public sealed record ImageCropConfiguration(string Alias, string? Label, int Width, int Height)
{
    /// <summary>The crops configured on an image cropper data type, in order; empty when it configures none.</summary>
    public static IReadOnlyList<ImageCropConfiguration> From(DataType? dataType)
    {
        if (dataType?.Configuration is not { ValueKind: JsonValueKind.Object } config
            || !config.TryGetProperty("crops", out var crops) || crops.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        return crops.EnumerateArray()
            .Select(c => c.Deserialize<ImageCropConfiguration>(ContentJson.Options))
            .OfType<ImageCropConfiguration>()
            .Where(c => !string.IsNullOrWhiteSpace(c.Alias) && c.Width > 0 && c.Height > 0)
            .ToList();
    }
}
