using System.Text.Json;

namespace SelfHelp.Core.ContentTypes;

/// <summary>A configured property editor (Umbraco's data type): an editor alias plus its JSON configuration.</summary>
public sealed class DataType
{
    public required Guid Key { get; init; }
    public required string Name { get; set; }
    public required string EditorAlias { get; set; }
    public string? EditorUiAlias { get; set; }

    /// <summary>The configuration as JSON text, kept verbatim so a uSync import then export changes nothing.</summary>
    public string ConfigurationJson { get; set; } = "{}";

    public JsonElement Configuration => JsonDocument.Parse(ConfigurationJson).RootElement;

    /// <summary>A string array from the configuration (for example a picker's allowed type aliases), empty when absent.</summary>
    public IReadOnlyList<string> GetStringList(string key)
    {
        var config = Configuration;
        if (config.ValueKind != JsonValueKind.Object || !config.TryGetProperty(key, out var value))
        {
            return [];
        }
        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray()
                .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText()).ToList(),
            JsonValueKind.String => value.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            _ => [],
        };
    }
}
