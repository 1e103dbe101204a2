namespace SelfHelp.Core.Files;

/// <summary>
/// Writes a file so that a crash at any moment leaves either the old content or the new, never a truncated file:
/// the bytes go to a temporary file in the same folder, are flushed to disk, and the temporary file is renamed over
/// the original (a rename within one folder is atomic on the file systems we run on).
/// </summary>
public static class DurableFile
{
    public static async Task WriteAllBytesAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        // Hidden and unmistakable, so a leftover after a crash is never read as configuration.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(bytes, cancellationToken);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
