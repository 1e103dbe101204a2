using System.Globalization;

namespace SelfHelp.Bench.Delivery;

/// <summary>Command-line settings: <c>--items 10000 --duration 10 --runs 3 --connections 16 --repo /path</c>.</summary>
internal sealed record BenchOptions(int Items, int DurationSeconds, int Runs, int Connections, string RepositoryRoot)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var repo = Value("--repo") ?? FindRepositoryRoot();
        return new BenchOptions(Number("--items", 10_000), Number("--duration", 10), Number("--runs", 3), Number("--connections", 16), repo);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SelfHelp.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run from inside the repository, or pass --repo.");
    }
}
