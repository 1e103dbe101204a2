namespace SelfHelp.Testing;

/// <summary>Files of the repository the tests run from: its root (where SelfHelp.sln is) and the shipped uSync folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped <c>uSync/v17</c> folder at the repository root.</summary>
    public static string ShippedUSync { get; } = Path.Combine(Root, "uSync", "v17");

    /// <summary>Copies every file below <paramref name="from"/> to the same place below <paramref name="to"/>.</summary>
    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SelfHelp.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (with SelfHelp.sln) was not found above the test output.");
    }
}
