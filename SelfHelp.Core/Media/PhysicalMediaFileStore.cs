using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;

namespace SelfHelp.Core.Media;

/// <summary>
/// Keeps media files in a folder on disk: <c>Umbraco:CMS:Global:UmbracoMediaPhysicalRootPath</c> when set (relative
/// paths are taken from the content root), otherwise <c>App_Data/media</c>. The folder is outside the web root on
/// purpose: the web layer decides which files to serve (a story's release form must never be), and nothing uploaded
/// can be executed or served by accident. URLs use Umbraco's <c>UmbracoMediaPath</c>, <c>/media</c> by default.
/// </summary>
internal sealed class PhysicalMediaFileStore : IMediaFileStore
{
    public const string DefaultRoot = "App_Data/media";

    private readonly string _root;
    private readonly string _urlBase;

    public PhysicalMediaFileStore(IOptions<GlobalSettings> settings, IHostEnvironment environment)
    {
        var configured = settings.Value.UmbracoMediaPhysicalRootPath;
        var root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, string.IsNullOrWhiteSpace(configured) ? DefaultRoot : configured));
        _root = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        _urlBase = "/" + settings.Value.UmbracoMediaPath.TrimStart('~').Trim('/');
    }

    /// <summary>The folder files are kept in, ending with a separator.</summary>
    public string Root => _root;

    public async Task<long> SaveAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        var file = PhysicalPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        try
        {
            await using var target = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await content.CopyToAsync(target, cancellationToken);
            return target.Length;
        }
        catch
        {
            // A half-written upload (cancelled, disk full) must not be left looking like a real file.
            File.Delete(file);
            throw;
        }
    }

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = PhysicalPath(path);
        return Task.FromResult<Stream?>(File.Exists(file)
            ? new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null);
    }

    public Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(PhysicalPath(path)));

    public Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = PhysicalPath(path);
        File.Delete(file);
        // Each upload has a folder of its own, so an empty folder belongs to nobody and goes with its last file.
        var folder = Path.GetDirectoryName(file)!;
        if (folder.Length > _root.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
        return Task.CompletedTask;
    }

    public string GetUrl(string path) => $"{_urlBase}/{MediaFilePath.EnsureSafe(path)}";

    public bool TryGetPath(string url, [NotNullWhen(true)] out string? path)
    {
        path = null;
        var prefix = _urlBase + "/";
        var end = url.IndexOfAny(['?', '#']);
        var bare = end < 0 ? url : url[..end];
        if (!bare.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var candidate = bare[prefix.Length..];
        if (!MediaFilePath.IsSafe(candidate) || !IsInsideRoot(candidate))
        {
            return false;
        }
        path = candidate;
        return true;
    }

    private string PhysicalPath(string path)
    {
        MediaFilePath.EnsureSafe(path);
        return IsInsideRoot(path, out var full) ? full : throw new ArgumentException($"'{path}' leads outside the media folder.", nameof(path));
    }

    private bool IsInsideRoot(string path) => IsInsideRoot(path, out _);

    // A second check on the resolved path, so no string trick the rule above missed can reach outside the folder.
    private bool IsInsideRoot(string path, out string full)
    {
        full = Path.GetFullPath(Path.Combine(_root, path));
        return full.StartsWith(_root, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }
}
