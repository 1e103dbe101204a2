using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SelfHelp.Core.Forms.Files;

/// <summary>
/// Where files uploaded with entries are kept: a private folder outside the web root (never the media library), named
/// by entry and file id, never by the visitor's file name. Only staff endpoints read from it.
/// </summary>
public interface IFormFileStore
{
    Task SaveAsync(string path, byte[] content, CancellationToken cancellationToken = default);
    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default);
    Task DeleteAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Every file in the store, by the path its row would name, with when it was last written (for cleaning up files no row names).</summary>
    IAsyncEnumerable<(string Path, DateTime LastWriteUtc)> ListAsync(CancellationToken cancellationToken = default);
}

internal sealed class PhysicalFormFileStore(IOptions<SelfHelpFormsOptions> options, IHostEnvironment environment) : IFormFileStore
{
    private string Root => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.UploadsPath));

    public static string PathFor(Guid entryId, Guid fileId, string extension) => $"{entryId:N}/{fileId:N}.{extension}";

    public async Task SaveAsync(string path, byte[] content, CancellationToken cancellationToken = default)
    {
        var full = Resolve(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // On the disk before the entry that names it commits, so an acknowledged upload survives a power cut.
        await using var file = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 4096, useAsync: true);
        await file.WriteAsync(content, cancellationToken);
        file.Flush(flushToDisk: true);
    }

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = Resolve(path);
        return Task.FromResult<Stream?>(File.Exists(full) ? File.OpenRead(full) : null);
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = Resolve(path);
        if (File.Exists(full))
        {
            File.Delete(full);
        }
        var folder = Path.GetDirectoryName(full)!;
        if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<(string Path, DateTime LastWriteUtc)> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(Root))
        {
            yield break;
        }
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return (Path.GetRelativePath(Root, file).Replace(Path.DirectorySeparatorChar, '/'), File.GetLastWriteTimeUtc(file));
        }
        await Task.CompletedTask;
    }

    // Paths come from our own rows, but a path that would leave the store is refused all the same.
    private string Resolve(string path)
    {
        var full = Path.GetFullPath(Path.Combine(Root, path));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || path.Contains('\\'))
        {
            throw new ArgumentException($"'{path}' is not a path inside the uploads store.", nameof(path));
        }
        return full;
    }
}
