using System.Text;
using SkiaSharp;

namespace SelfHelp.Core.Tests.Testing;

/// <summary>Real files for upload tests: images drawn with SkiaSharp, and plain bytes for documents and recordings.</summary>
public static class TestFiles
{
    public static MemoryStream Image(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.Orange };
            canvas.DrawCircle(width * 0.3f, height * 0.3f, Math.Min(width, height) / 5f, paint);
        }
        using var data = bitmap.Encode(format, 90);
        return new MemoryStream(data.ToArray());
    }

    public static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));
}
