namespace SelfHelp.Bench.Delivery;

/// <summary>Entry point (not top-level statements: those would name a Program class beside the host's own).</summary>
internal static class BenchProgram
{
    // bash bench/delivery.sh runs "run"; the benchmark starts itself again as "baseline" for the bare Kestrel server.
    public static async Task<int> Main(string[] args) => args.FirstOrDefault() switch
    {
        "baseline" => await BaselineServer.RunAsync(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)),
        _ => await DeliveryBenchmark.RunAsync(BenchOptions.Parse(args)),
    };
}
