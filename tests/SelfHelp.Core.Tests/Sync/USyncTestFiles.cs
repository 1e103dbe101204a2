using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.Sync;
using SelfHelp.Core.Tests.Testing;
using SelfHelp.Testing;

namespace SelfHelp.Core.Tests.Sync;

/// <summary>
/// The repository's real uSync files, copied into each test engine's content root (where the default RootFolder
/// "uSync/v17/" finds them), optionally edited first.
/// </summary>
public static class USyncTestFiles
{
    /// <summary>The shipped <c>uSync/v17</c> folder at the repository root.</summary>
    public static string Shipped => RepositoryFiles.ShippedUSync;

    /// <summary>Starts an engine that imports a copy of the shipped files, after <paramref name="edit"/> changed the copy.</summary>
    public static Task<TestEngine> StartAsync(
        Action<string>? edit = null, IDictionary<string, string?>? settings = null, string provider = DatabaseOptions.SqliteProvider,
        Action<IHostApplicationBuilder>? configure = null) =>
        TestEngine.StartEmptyAsync(provider, builder =>
        {
            var root = RootOf(builder.Environment.ContentRootPath);
            RepositoryFiles.CopyFolder(Shipped, root);
            edit?.Invoke(root);
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.Configuration[key] = value;
            }
            builder.AddUSync();
            configure?.Invoke(builder);
        });

    public static string RootOf(string contentRoot) => Path.Combine(contentRoot, "uSync", "v17");

    public static string Root(this TestEngine engine) => RootOf(engine.Folder);

    public static IUSyncImporter Importer(this TestEngine engine) => engine.Services.GetRequiredService<IUSyncImporter>();

    public static IUSyncExporter Exporter(this TestEngine engine) => engine.Services.GetRequiredService<IUSyncExporter>();

    public static XElement ReadXml(string root, string relativePath) => XElement.Load(Path.Combine(root, relativePath));

    /// <summary>Every file under the folder as relative path to bytes, for byte-for-byte comparison of two folders.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    public static void AssertSameFiles(string expectedFolder, string actualFolder)
    {
        var expected = Snapshot(expectedFolder);
        var actual = Snapshot(actualFolder);
        Assert.Equal(expected.Keys, actual.Keys);
        var different = expected.Keys.Where(k => !expected[k].AsSpan().SequenceEqual(actual[k])).ToList();
        Assert.True(different.Count == 0, $"These files changed: {string.Join(", ", different)}");
    }
}
