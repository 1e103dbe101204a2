using System.Text.Json;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.DataTypes;

/// <summary>Builds the Management API's data type answers from the engine's data types.</summary>
internal static class DataTypeResponses
{
    // Editors whose configuration carries "ignoreUserStartNodes" in Umbraco: the client offers the option only for these.
    private static readonly HashSet<string> StartNodeEditors = new(StringComparer.OrdinalIgnoreCase)
    {
        "Umbraco.ContentPicker", "Umbraco.MediaPicker3", "Umbraco.MultiNodeTreePicker", "Umbraco.MultiUrlPicker", "Umbraco.RichText",
    };

    public static DataTypeResponseModel Detail(DataType dataType, bool inUse) => new(
        dataType.Name,
        dataType.EditorAlias,
        PropertyEditorUiAliases.For(dataType.EditorAlias, dataType.EditorUiAlias),
        Values(dataType),
        dataType.Key,
        IsDeletable: !inUse,
        CanIgnoreStartNodes: StartNodeEditors.Contains(dataType.EditorAlias));

    public static DataTypeItemResponseModel Item(DataType dataType, bool inUse) => new(
        dataType.Key, [], dataType.Name, PropertyEditorUiAliases.For(dataType.EditorAlias, dataType.EditorUiAlias), dataType.EditorAlias, !inUse);

    public static DataTypeTreeItemResponseModel TreeItem(DataType dataType, bool inUse) => new(
        HasChildren: false, dataType.Key, Parent: null, [], dataType.Name, IsFolder: false,
        PropertyEditorUiAliases.For(dataType.EditorAlias, dataType.EditorUiAlias), !inUse);

    /// <summary>The stored configuration object as Umbraco's <c>[{ alias, value }]</c>, in the stored order.</summary>
    public static IReadOnlyList<DataTypePropertyPresentationModel> Values(DataType dataType)
    {
        using var document = JsonDocument.Parse(dataType.ConfigurationJson);
        return document.RootElement.ValueKind != JsonValueKind.Object
            ? []
            : document.RootElement.EnumerateObject().Select(p => new DataTypePropertyPresentationModel(p.Name, p.Value.Clone())).ToList();
    }

    /// <summary>Umbraco's <c>[{ alias, value }]</c> back to the configuration object the engine and uSync keep.</summary>
    public static string ConfigurationJson(IReadOnlyList<DataTypePropertyPresentationModel> values)
    {
        var configuration = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            configuration[value.Alias] = value.Value;
        }
        return JsonSerializer.Serialize(configuration, ConfigurationJsonOptions);
    }

    // Indented like the shipped uSync files, so a round trip through the client keeps their layout.
    private static readonly JsonSerializerOptions ConfigurationJsonOptions = new() { WriteIndented = true };
}
