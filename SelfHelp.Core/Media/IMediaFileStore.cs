using System.Diagnostics.CodeAnalysis;

namespace SelfHelp.Core.Media;

/// <summary>
/// Where media files live. Files are named by a relative path such as <c>k3x9q2ab/photo.jpg</c>; the store maps it to
/// bytes (a folder on disk today, a cloud container later) and to the public URL <c>/media/k3x9q2ab/photo.jpg</c>.
/// </summary>
/// <remarks>Every method refuses a path that could leave the store (<c>..</c>, rooted paths, backslashes) with an <see cref="ArgumentException"/>.</remarks>
public interface IMediaFileStore
{
    /// <summary>Stores the stream under the path, replacing what was there; returns the number of bytes written.</summary>
    Task<long> SaveAsync(string path, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Opens the file for reading, or returns null when there is none.</summary>
    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Deletes the file (and its folder once empty); deleting a missing file does nothing.</summary>
    Task DeleteAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>The public URL path of a file, e.g. <c>/media/k3x9q2ab/photo.jpg</c>.</summary>
    string GetUrl(string path);

    /// <summary>Maps a URL stored in a media value back to its path; false when it is not a safe path inside this store.</summary>
    bool TryGetPath(string url, [NotNullWhen(true)] out string? path);
}
