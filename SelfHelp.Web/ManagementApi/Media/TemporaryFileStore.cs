using System.Text.Json;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Media;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Extensions;

namespace SelfHelp.Web.ManagementApi.Media;

/// <summary>A file uploaded to the back office and not yet used: who uploaded it, what it was called, until when it is kept.</summary>
public sealed record TemporaryFile(Guid Id, string FileName, Guid OwnerKey, DateTime AvailableUntil, long Bytes);

/// <summary>Why an upload was refused, or <see cref="Stored"/>.</summary>
public enum TemporaryFileStatus
{
    Stored,
    FileTypeNotAllowed,
    FileTooLarge,
    IdAlreadyUsed,
}

/// <summary>
/// Keeps back office uploads until a media item (or an upload field) takes them: in <c>App_Data/TEMP/TemporaryFiles</c>,
/// outside the public media folder and the web root, one folder per upload. A file is removed when it is used, when
/// its uploader deletes it, or once <c>Umbraco:CMS:Runtime:TemporaryFileLifeTime</c> (an hour unless set) has passed;
/// expired files are swept on every upload and never handed out.
/// </summary>
internal sealed class TemporaryFileStore(IHostEnvironment environment, TimeProvider clock, IOptions<RuntimeSettings> runtime,
    IOptions<ContentSettings> content, MediaPathScheme paths)
{
    /// <summary>Kestrel's own request limit, which applies when Umbraco's <c>MaxRequestLength</c> is not set.</summary>
    private const long DefaultMaxBytes = 30_000_000;
    private const string MetadataFile = ".temporary-file.json";

    private string Root => Path.Combine(environment.ContentRootPath, "App_Data", "TEMP", "TemporaryFiles");

    /// <summary>The largest file accepted, from Umbraco's <c>MaxRequestLength</c> (kilobytes).</summary>
    public long MaxFileBytes => runtime.Value.MaxRequestLength is { } kilobytes and > 0 ? kilobytes * 1024 : DefaultMaxBytes;

    public TimeSpan LifeTime => runtime.Value.TemporaryFileLifeTime;

    public bool IsAllowed(string fileName) => content.Value.IsFileAllowedForUpload(paths.ExtensionOf(fileName));

    public async Task<(TemporaryFileStatus Status, TemporaryFile? File)> SaveAsync(Guid id, Guid ownerKey, string fileName, Stream contentStream, long length,
        CancellationToken cancellationToken)
    {
        SweepExpired();
        if (!IsAllowed(fileName))
        {
            return (TemporaryFileStatus.FileTypeNotAllowed, null);
        }
        if (length > MaxFileBytes)
        {
            return (TemporaryFileStatus.FileTooLarge, null);
        }
        var folder = FolderOf(id);
        if (Directory.Exists(folder))
        {
            return (TemporaryFileStatus.IdAlreadyUsed, null);
        }
        Directory.CreateDirectory(folder);
        long bytes;
        await using (var target = File.Create(Path.Combine(folder, paths.SafeFileName(fileName))))
        {
            await contentStream.CopyToAsync(target, cancellationToken);
            bytes = target.Length;
        }
        if (bytes > MaxFileBytes)
        {
            Directory.Delete(folder, recursive: true);
            return (TemporaryFileStatus.FileTooLarge, null);
        }
        var file = new TemporaryFile(id, Path.GetFileName(fileName.Replace('\\', '/')), ownerKey, clock.GetUtcNow().UtcDateTime + LifeTime, bytes);
        await File.WriteAllTextAsync(Path.Combine(folder, MetadataFile), JsonSerializer.Serialize(file), cancellationToken);
        return (TemporaryFileStatus.Stored, file);
    }

    /// <summary>The file, when it exists, has not expired and belongs to <paramref name="ownerKey"/>.</summary>
    public async Task<TemporaryFile?> GetAsync(Guid id, Guid ownerKey, CancellationToken cancellationToken)
    {
        var metadata = Path.Combine(FolderOf(id), MetadataFile);
        if (!File.Exists(metadata))
        {
            return null;
        }
        var file = JsonSerializer.Deserialize<TemporaryFile>(await File.ReadAllTextAsync(metadata, cancellationToken));
        if (file is null || file.AvailableUntil <= clock.GetUtcNow().UtcDateTime)
        {
            Delete(id);
            return null;
        }
        return file.OwnerKey == ownerKey ? file : null;
    }

    public Stream OpenRead(TemporaryFile file) =>
        File.OpenRead(Directory.GetFiles(FolderOf(file.Id)).Single(f => Path.GetFileName(f) != MetadataFile));

    public void Delete(Guid id)
    {
        var folder = FolderOf(id);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private void SweepExpired()
    {
        if (!Directory.Exists(Root))
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var folder in Directory.GetDirectories(Root))
        {
            var metadata = Path.Combine(folder, MetadataFile);
            var expired = !File.Exists(metadata)
                ? Directory.GetCreationTimeUtc(folder) + LifeTime <= now
                : JsonSerializer.Deserialize<TemporaryFile>(File.ReadAllText(metadata)) is not { } file || file.AvailableUntil <= now;
            if (expired)
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                    // Being read or written right now: the next sweep takes it.
                }
            }
        }
    }

    private string FolderOf(Guid id) => Path.Combine(Root, id.ToString("N"));
}
