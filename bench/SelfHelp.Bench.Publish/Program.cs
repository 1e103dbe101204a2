using System.Globalization;

namespace SelfHelp.Bench.Publish;

/// <summary>Entry point (not top-level statements: those would name a Program class beside the host's own).</summary>
internal static class BenchProgram
{
    // dotnet run -c Release --project bench/SelfHelp.Bench.Publish -- [sizes ...] [--runs 20]
    // dotnet run -c Release --project bench/SelfHelp.Bench.Publish -- snapshot [items] [--runs 50]
    public static async Task<int> Main(string[] args)
    {
        var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(20);
        var numbers = args.TakeWhile(a => a != "--runs").Where(a => a.All(char.IsAsciiDigit)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
        if (args.FirstOrDefault() == "snapshot")
        {
            SnapshotCheck.Run(numbers.FirstOrDefault(20_000), runs);
            return 0;
        }
        var repository = FindRepositoryRoot();
        foreach (var size in numbers.Count > 0 ? numbers : [2_000, 20_000, 100_000])
        {
            await PublishBenchmark.RunAsync(repository, size, runs);
        }
        return 0;
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
        throw new InvalidOperationException("Run from inside the repository.");
    }
}
