using System.Globalization;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Media;
using Umbraco.Cms.Core.Models;

namespace SelfHelp.Core.Media;

/// <summary>
/// Writes image URLs in the query form ImageSharp.Web reads, with the parameters in the order Umbraco's
/// <c>ImageSharpImageUrlGenerator</c> writes them: <c>/media/x.jpg?cc=…&amp;rxy=0.5,0.3&amp;width=400&amp;height=300</c>.
/// No image server runs yet; the URL contract does, so a processor can be put behind it without changing stored data.
/// </summary>
internal sealed class ImageSharpUrlGenerator(IOptions<ContentSettings> content) : IImageUrlGenerator
{
    public IEnumerable<string> SupportedImageFileTypes =>
        content.Value.Imaging.ImageFileTypes.Where(ImageFileReader.CanRead);

    public string? GetImageUrl(ImageUrlGenerationOptions? options)
    {
        if (options?.ImageUrl is null)
        {
            return null;
        }
        var further = ParseFurtherOptions(options.FurtherOptions);
        var query = new List<(string Key, string Value)>();
        if (options.Crop is { } crop)
        {
            query.Add(("cc", FormattableString.Invariant($"{crop.Left},{crop.Top},{crop.Right},{crop.Bottom}")));
        }
        if (options.FocalPoint is { } focalPoint)
        {
            query.Add(("rxy", FormattableString.Invariant($"{focalPoint.Left},{focalPoint.Top}")));
        }
        if (options.ImageCropMode is { } mode)
        {
            query.Add(("rmode", mode.ToString().ToLowerInvariant()));
        }
        if (options.ImageCropAnchor is { } anchor)
        {
            query.Add(("ranchor", anchor.ToString().ToLowerInvariant()));
        }
        if (options.Width is { } width)
        {
            query.Add(("width", width.ToString(CultureInfo.InvariantCulture)));
        }
        if (options.Height is { } height)
        {
            query.Add(("height", height.ToString(CultureInfo.InvariantCulture)));
        }
        var format = further.FirstOrDefault(o => o.Key == "format");
        if (format.Key is not null)
        {
            query.Add(format);
        }
        if (options.Quality is { } quality)
        {
            query.Add(("quality", quality.ToString(CultureInfo.InvariantCulture)));
        }
        query.AddRange(further.Where(o => o.Key != "format"));
        if (!string.IsNullOrEmpty(options.CacheBusterValue))
        {
            query.Add(("v", options.CacheBusterValue));
        }
        return query.Count == 0
            ? options.ImageUrl
            : options.ImageUrl + "?" + string.Join('&', query.Select(p => $"{Escape(p.Key)}={Escape(p.Value)}"));
    }

    private static List<(string Key, string Value)> ParseFurtherOptions(string? furtherOptions) =>
        (furtherOptions ?? "").TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => (Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : ""))
            .ToList();

    // Commas stay readable, as in Umbraco's URLs ("rxy=0.5,0.3"); everything else is escaped.
    private static string Escape(string text) => Uri.EscapeDataString(text).Replace("%2C", ",", StringComparison.Ordinal);
}
