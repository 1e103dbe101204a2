using Microsoft.Extensions.Options;

namespace SelfHelp.Core.Sync;

/// <summary>uSync's settings (<c>uSync:Settings</c>), with the key names and meanings uSync 17 uses.</summary>
public sealed class USyncSettings
{
    public const string SectionName = "uSync:Settings";

    /// <summary>Where the files live, resolved against the host's content root (absolute paths are used as they are).</summary>
    public string RootFolder { get; set; } = "uSync/v17/";

    /// <summary>"All", "None" or a handler group ("Settings", "Content"). uSync's default is "None"; ours imports everything.</summary>
    public string ImportAtStartup { get; set; } = USyncGroups.All;

    /// <summary>"All", "None" or a handler group: which changes made through the engine are written back to the files.</summary>
    public string ExportOnSave { get; set; } = USyncGroups.All;

    /// <summary>True when a handler of <paramref name="group"/> is included by a setting value such as "All" or "Settings".</summary>
    public static bool Includes(string setting, string group) =>
        string.Equals(setting, USyncGroups.All, StringComparison.OrdinalIgnoreCase)
        || string.Equals(setting, group, StringComparison.OrdinalIgnoreCase);
}

/// <summary>uSync's handler groups and the two special setting values.</summary>
public static class USyncGroups
{
    public const string All = "All";
    public const string None = "None";
    public const string Settings = "Settings";
    public const string Content = "Content";

    /// <summary>uSync.Forms' group: form definitions.</summary>
    public const string Forms = "Forms";

    internal static readonly string[] SettingValues = [All, None, Settings, Content, Forms];
}

/// <summary>Refuses settings that would silently do nothing (an unknown group, an empty root folder).</summary>
internal sealed class USyncSettingsValidator : IValidateOptions<USyncSettings>
{
    public ValidateOptionsResult Validate(string? name, USyncSettings options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.RootFolder))
        {
            failures.Add($"{USyncSettings.SectionName}:RootFolder must name a folder.");
        }
        CheckGroup(nameof(options.ImportAtStartup), options.ImportAtStartup, failures);
        CheckGroup(nameof(options.ExportOnSave), options.ExportOnSave, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckGroup(string key, string value, List<string> failures)
    {
        if (!USyncGroups.SettingValues.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"{USyncSettings.SectionName}:{key} is '{value}'; use one of {string.Join(", ", USyncGroups.SettingValues)}.");
        }
    }
}
