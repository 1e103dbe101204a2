using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Strings;

namespace SelfHelp.Core.Media;

/// <summary>
/// Names new media files the way Umbraco's unique path scheme does, <c>{8 base-32 characters}/{safe-file-name}</c>,
/// except that the folder is new for every upload: a replaced file gets a new URL, so no cache serves the old bytes
/// and the old file can be deleted without touching the new one.
/// </summary>
internal sealed class MediaPathScheme(IShortStringHelper shortStrings)
{
    private const int FolderLength = 8;
    private const int MaxNameLength = 120;
    private const int MaxExtensionLength = 10;

    public string NewPath(Guid itemKey, string fileName) =>
        $"{GuidUtils.ToBase32String(GuidUtils.Combine(itemKey, Guid.NewGuid()), FolderLength)}/{SafeFileName(fileName)}";

    /// <summary>The last segment of whatever the browser sent, cleaned by Umbraco's safe-file-name rules; never empty, never hidden.</summary>
    public string SafeFileName(string fileName)
    {
        var lastSegment = fileName.Replace('\\', '/');
        lastSegment = lastSegment[(lastSegment.LastIndexOf('/') + 1)..];
        var safe = shortStrings.CleanStringForSafeFileName(lastSegment).Trim();
        var extension = Path.GetExtension(safe);
        var stem = Path.GetFileNameWithoutExtension(safe).Trim('.', '-');
        if (extension.Length > MaxExtensionLength)
        {
            (stem, extension) = (safe.Trim('.', '-'), "");
        }
        if (stem.Length == 0)
        {
            stem = "file";
        }
        if (stem.Length + extension.Length > MaxNameLength)
        {
            stem = stem[..Math.Max(1, MaxNameLength - extension.Length)];
        }
        return stem + extension;
    }

    /// <summary>The extension Umbraco records in <c>umbracoExtension</c>: lower case, without the dot ("" when none).</summary>
    public string ExtensionOf(string fileName) => Path.GetExtension(SafeFileName(fileName)).TrimStart('.').ToLowerInvariant();
}
