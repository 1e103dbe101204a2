namespace SelfHelp.Core.Media;

/// <summary>A region of a source image in pixels: what a crop shows before it is scaled to the crop's size.</summary>
public readonly record struct ImageCropRectangle(int X, int Y, int Width, int Height)
{
    /// <summary>
    /// The maths of ImageSharp's crop resize with a centre point, which Umbraco's focal point drives (<c>rxy</c>):
    /// scale the image so it just covers the crop, centre the crop on the focal point, then slide it back inside the
    /// image where it would overhang an edge.
    /// </summary>
    public static ImageCropRectangle ForFocalPoint(int sourceWidth, int sourceHeight, int cropWidth, int cropHeight, decimal left, decimal top)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceHeight);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cropWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cropHeight);
        var scale = Math.Max((double)cropWidth / sourceWidth, (double)cropHeight / sourceHeight);
        var width = Math.Min(sourceWidth, cropWidth / scale);
        var height = Math.Min(sourceHeight, cropHeight / scale);
        var x = Math.Clamp(sourceWidth * (double)left - width / 2, 0, sourceWidth - width);
        var y = Math.Clamp(sourceHeight * (double)top - height / 2, 0, sourceHeight - height);
        return Fit(x, y, width, height, sourceWidth, sourceHeight);
    }

    /// <summary>A hand-drawn crop, read as Umbraco's crop processor (<c>cc</c>) reads it: fractions cut off each edge.</summary>
    public static ImageCropRectangle ForCoordinates(int sourceWidth, int sourceHeight, ImageCropperCropCoordinates coordinates)
    {
        var left = Math.Clamp((double)coordinates.X1, 0, 1) * sourceWidth;
        var top = Math.Clamp((double)coordinates.Y1, 0, 1) * sourceHeight;
        var right = Math.Clamp(1 - (double)coordinates.X2, 0, 1) * sourceWidth;
        var bottom = Math.Clamp(1 - (double)coordinates.Y2, 0, 1) * sourceHeight;
        return Fit(Math.Min(left, right), Math.Min(top, bottom), Math.Abs(right - left), Math.Abs(bottom - top), sourceWidth, sourceHeight);
    }

    // Rounds to whole pixels as ImageSharp's Rectangle.Round does, then keeps the rounded rectangle inside the image.
    private static ImageCropRectangle Fit(double x, double y, double width, double height, int sourceWidth, int sourceHeight)
    {
        var w = Math.Clamp((int)Math.Round(width), 0, sourceWidth);
        var h = Math.Clamp((int)Math.Round(height), 0, sourceHeight);
        return new ImageCropRectangle(
            Math.Clamp((int)Math.Round(x), 0, sourceWidth - w),
            Math.Clamp((int)Math.Round(y), 0, sourceHeight - h),
            w,
            h);
    }
}
