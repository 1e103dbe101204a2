using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SelfHelp.Bench.Delivery;

/// <summary>One wrk run's figures.</summary>
internal sealed record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Non2xx);

/// <summary>Runs Debian's wrk (one thread, N connections, keep-alive) and reads its latency distribution.</summary>
internal static partial class Wrk
{
    public static async Task<WrkResult> RunAsync(string url, int connections, int seconds, IReadOnlyDictionary<string, string>? headers = null)
    {
        var arguments = $"-t1 -c{connections} -d{seconds}s --latency";
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            arguments += $" -H \"{name}: {value}\"";
        }
        var info = new ProcessStartInfo("wrk", $"{arguments} \"{url}\"") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("wrk is not installed (bench/delivery.sh installs it).");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var non2xx = Non2xx().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return new WrkResult(rps, Percentile(output, "50"), Percentile(output, "99"), non2xx);
    }

    private static double Percentile(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s*{percentile}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();
}
