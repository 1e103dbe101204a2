using System.Diagnostics;
using SelfHelp.Testing;

namespace SelfHelp.Web.Tests.BackOffice;

/// <summary>
/// The back office's Traditional Chinese (Hong Kong) dictionary against the client's English one, through
/// <c>scripts/check-localization.mjs</c>: every key, the same placeholders and tags, no mainland terms.
/// </summary>
public sealed class ZhHkLocalizationTests
{
    /// <summary>Names the installed <c>@umbraco-cms/backoffice</c> package folder when it is not in the client's node_modules.</summary>
    public const string PackageVariable = "SELFHELP_BACKOFFICE_PACKAGE";

    private static readonly string ClientFolder = Path.Combine(RepositoryFiles.Root, "SelfHelp.Web", "BackOffice", "Client");
    private static readonly string Dictionary = Path.Combine(ClientFolder, "src", "localization", "zh-hk.ts");

    [SkippableFact]
    public async Task The_zh_HK_dictionary_has_every_English_key_with_the_same_placeholders_and_no_mainland_terms()
    {
        var result = await CheckAsync(Dictionary);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("check-localization: zh-hk.ts has all", result.Output);
    }

    [SkippableFact]
    public async Task The_check_fails_on_a_missing_key_a_changed_placeholder_and_a_mainland_term()
    {
        var source = await File.ReadAllTextAsync(Dictionary);
        var broken = source
            .Replace("folderCreate: '建立資料夾',", "", StringComparison.Ordinal)
            .Replace("'%0% 已儲存'", "'%1% 已儲存'", StringComparison.Ordinal)
            .Replace("'資源回收筒'", "'回收站'", StringComparison.Ordinal);
        Assert.NotEqual(source, broken);
        var copy = Path.Combine(Path.GetTempPath(), $"zh-hk-{Guid.NewGuid():N}.ts");
        await File.WriteAllTextAsync(copy, broken);
        try
        {
            var result = await CheckAsync(copy);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains(": missing", result.Output);
            Assert.Contains("placeholders differ", result.Output);
            Assert.Contains("mainland term 回收站", result.Output);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private static async Task<(int ExitCode, string Output)> CheckAsync(string dictionary)
    {
        var package = Environment.GetEnvironmentVariable(PackageVariable) is { Length: > 0 } named
            ? named
            : Path.Combine(ClientFolder, "node_modules", "@umbraco-cms", "backoffice");
        var english = Path.Combine(package, "dist-cms", "assets", "lang", "en.js");
        Skip.IfNot(File.Exists(english),
            $"The back office client is not installed: run npm ci in SelfHelp.Web/BackOffice/Client or set {PackageVariable} to an installed @umbraco-cms/backoffice folder.");
        var start = new ProcessStartInfo("node") { WorkingDirectory = ClientFolder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine("scripts", "check-localization.mjs"));
        start.ArgumentList.Add(english);
        start.ArgumentList.Add(dictionary);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Skip.If(true, "Node.js is not installed: the back office localization check needs node on the PATH.");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
            return (process.ExitCode, await output + await errors);
        }
    }
}
