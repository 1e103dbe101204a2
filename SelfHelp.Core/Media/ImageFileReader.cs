using SkiaSharp;

namespace SelfHelp.Core.Media;

/// <summary>Reads an image's pixel size from its header with SkiaSharp, without decoding the pixels.</summary>
internal static class ImageFileReader
{
    // What SkiaSharp can read on every platform; TIFF (in Umbraco's default image list) is not, so a .tif is kept as a File.
    private static readonly HashSet<string> Readable = new(StringComparer.OrdinalIgnoreCase) { "jpg", "jpeg", "png", "gif", "bmp", "webp" };

    public static bool CanRead(string extension) => Readable.Contains(extension);

    /// <summary>The width and height, or null when the bytes are not an image SkiaSharp knows.</summary>
    public static (int Width, int Height)? ReadSize(Stream image)
    {
        using var codec = SKCodec.Create(image);
        return codec is { Info: { Width: > 0, Height: > 0 } info } ? (info.Width, info.Height) : null;
    }
}
