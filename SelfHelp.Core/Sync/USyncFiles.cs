using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Files;

namespace SelfHelp.Core.Sync;

/// <summary>One file read from a handler's folder: its path relative to the root folder, and its root element.</summary>
internal sealed record SyncFile(string Path, XElement Node);

/// <summary>The uSync root folder on disk: reads a handler folder's files and writes items back, only when their bytes change.</summary>
internal sealed class USyncFiles(IOptions<USyncSettings> settings, IHostEnvironment environment)
{
    private const string Extension = ".config";
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public string Root => Path.GetFullPath(Path.Combine(environment.ContentRootPath, settings.Value.RootFolder));

    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>Every file of the folder, parsed; a file that is not well-formed XML is reported as a problem instead.</summary>
    public IReadOnlyList<SyncFile> Read(string folder, ICollection<USyncProblem> problems)
    {
        var directory = Path.Combine(Root, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }
        var files = new List<SyncFile>();
        foreach (var path in Directory.EnumerateFiles(directory, "*" + Extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            try
            {
                using var stream = File.OpenRead(path);
                files.Add(new SyncFile(Relative(path), SyncXml.Parse(stream)));
            }
            catch (Exception e) when (e is XmlException or USyncFormatException)
            {
                problems.Add(new USyncProblem(Relative(path), $"not well-formed XML: {e.Message}"));
            }
        }
        return files;
    }

    /// <summary>
    /// Writes an item to <c>folder/fileName.config</c>. Another file still holding the same key (the item was renamed)
    /// becomes uSync's rename marker, so a later import does not bring the old name back.
    /// </summary>
    public async Task WriteAsync(string folder, string fileName, Guid key, XElement node, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var path = PathOf(folder, fileName);
            foreach (var (other, alias) in FilesHolding(folder, key).Where(f => !SamePath(f.Path, path)))
            {
                await WriteIfChangedAsync(other, SyncXml.EmptyNode(key, alias, SyncXml.RenameChange), cancellationToken);
            }
            await WriteIfChangedAsync(path, node, cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Replaces the item's file (found by key, else by name) with uSync's delete marker.</summary>
    public async Task WriteDeletedAsync(string folder, string fileName, Guid key, string alias, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var holding = FilesHolding(folder, key).Select(f => f.Path).ToList();
            foreach (var path in holding.Count > 0 ? holding : [PathOf(folder, fileName)])
            {
                await WriteIfChangedAsync(path, SyncXml.EmptyNode(key, alias, SyncXml.DeleteChange), cancellationToken);
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private string PathOf(string folder, string fileName) => Path.Combine(Root, folder, fileName + Extension);

    private static bool SamePath(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    private IEnumerable<(string Path, string Alias)> FilesHolding(string folder, Guid key)
    {
        var directory = Path.Combine(Root, folder);
        if (!Directory.Exists(directory))
        {
            yield break;
        }
        foreach (var path in Directory.EnumerateFiles(directory, "*" + Extension, SearchOption.AllDirectories))
        {
            XElement? root;
            try
            {
                using var stream = File.OpenRead(path);
                root = SyncXml.Parse(stream);
            }
            catch (Exception e) when (e is XmlException or USyncFormatException or IOException)
            {
                continue;
            }
            if (Guid.TryParse(root.Attribute("Key")?.Value, out var fileKey) && fileKey == key)
            {
                yield return (path, root.Attribute("Alias")?.Value ?? "");
            }
        }
    }

    private static async Task WriteIfChangedAsync(string path, XElement node, CancellationToken cancellationToken)
    {
        var bytes = SyncXml.ToBytes(node);
        if (File.Exists(path) && (await File.ReadAllBytesAsync(path, cancellationToken)).AsSpan().SequenceEqual(bytes))
        {
            return;
        }
        await DurableFile.WriteAllBytesAsync(path, bytes, cancellationToken);
    }
}
