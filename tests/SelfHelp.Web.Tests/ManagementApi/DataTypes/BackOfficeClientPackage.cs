using System.Text.RegularExpressions;
using SelfHelp.Testing;

namespace SelfHelp.Web.Tests.ManagementApi.DataTypes;

/// <summary>
/// The installed npm package <c>@umbraco-cms/backoffice</c>, found through the <c>SELFHELP_BACKOFFICE_NODE_MODULES</c>
/// variable (a <c>node_modules</c> folder) or in <c>SelfHelp.Web/BackOffice/Client/node_modules</c>; null when neither has it.
/// </summary>
public static partial class BackOfficeClientPackage
{
    public const string Variable = "SELFHELP_BACKOFFICE_NODE_MODULES";

    public static string? Folder { get; } = Find();

    [GeneratedRegex(@"['""](Umb\.PropertyEditorUi\.[A-Za-z0-9.]+)['""]")]
    private static partial Regex UiAlias();

    /// <summary>Every property editor UI alias the client's manifests register.</summary>
    public static IReadOnlySet<string> PropertyEditorUiAliases() =>
        Directory.EnumerateFiles(Path.Combine(Folder!, "dist-cms", "packages"), "*.js", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is "manifests.js" or "constants.js")
            .SelectMany(f => UiAlias().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

    private static string? Find()
    {
        string?[] roots = [Environment.GetEnvironmentVariable(Variable), Path.Combine(RepositoryFiles.Root, "SelfHelp.Web", "BackOffice", "Client", "node_modules")];
        return roots.OfType<string>()
            .Select(root => Path.Combine(root, "@umbraco-cms", "backoffice"))
            .FirstOrDefault(folder => Directory.Exists(Path.Combine(folder, "dist-cms", "packages")));
    }
}

/// <summary>A fact that needs the client's npm package, skipped with the reason when it is not installed.</summary>
public sealed class BackOfficeClientFactAttribute : FactAttribute
{
    public BackOfficeClientFactAttribute()
    {
        if (BackOfficeClientPackage.Folder is null)
        {
            Skip = $"@umbraco-cms/backoffice is not installed: set {BackOfficeClientPackage.Variable} to a node_modules folder holding it, "
                + "or build the back office client (SelfHelp.Web/BackOffice/Client).";
        }
    }
}
