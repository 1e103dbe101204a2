using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using SelfHelp.Core.ContentTypes;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Strings;
using Umbraco.Extensions;

namespace SelfHelp.Core.Sync.Handlers;

/// <summary>Data types: <c>DataTypes/Textstring.config</c>, one per name, configuration as camelCase JSON.</summary>
internal sealed class DataTypeSyncHandler(IDataTypeService dataTypes, IShortStringHelper shortStrings, USyncFiles files, SyncStateLoader stateLoader)
    : SyncHandlerBase<DataType>(files, stateLoader)
{
    // The editors Umbraco ships; a data type for anything else could neither be edited nor validated here.
    private static readonly HashSet<string> KnownEditors = typeof(Constants.PropertyEditors.Aliases)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    public override string ItemType => "DataType";
    public override string Folder => "DataTypes";
    public override int Priority => SyncPriority.DataTypes;

    protected override DataType Deserialize(XElement node)
    {
        var info = node.Required("Info");
        var editor = info.RequiredText("EditorAlias");
        if (!KnownEditors.Contains(editor))
        {
            throw new USyncFormatException($"the editor '{editor}' is not a property editor Umbraco knows.");
        }
        return new DataType
        {
            Key = node.KeyAttribute(),
            Name = info.RequiredText("Name"),
            EditorAlias = editor,
            EditorUiAlias = info.OptionalText("EditorUIAlias"),
            ConfigurationJson = DataTypeConfiguration.Canonical(node.Element("Config")?.Value),
        };
    }

    public override XElement Serialize(DataType item, SyncState state) =>
        new("DataType",
            new XAttribute("Key", item.Key),
            new XAttribute("Alias", item.Name),
            new XAttribute("Level", 1),
            new XElement("Info",
                new XElement("Name", item.Name),
                new XElement("EditorAlias", item.EditorAlias),
                new XElement("EditorUIAlias", item.EditorUiAlias ?? "")),
            new XElement("Config", new XCData(DataTypeConfiguration.Canonical(item.ConfigurationJson))));

    protected override Guid KeyOf(DataType item) => item.Key;
    protected override string AliasOf(DataType item) => item.Name;
    protected override string FileNameOf(DataType item) => item.Name.ToSafeAlias(shortStrings);
    protected override Dictionary<Guid, DataType> ItemsIn(SyncState state) => state.DataTypes;

    protected override Task SaveAsync(DataType item, CancellationToken cancellationToken) => dataTypes.SaveAsync(item, cancellationToken);

    protected override Task DeleteAsync(DataType item, CancellationToken cancellationToken) => dataTypes.DeleteAsync(item.Key, cancellationToken);
}

/// <summary>A data type's configuration as uSync writes it: an indented JSON object with its top-level keys sorted.</summary>
internal static class DataTypeConfiguration
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, NewLine = "\n" };

    public static string Canonical(string? json)
    {
        try
        {
            if (JsonNode.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json) is not JsonObject config)
            {
                throw new USyncFormatException("<Config> must be a JSON object.");
            }
            var sorted = new JsonObject();
            foreach (var (name, value) in config.OrderBy(p => p.Key, AliasOrder.Instance).ToList())
            {
                config.Remove(name);
                sorted[name] = value;
            }
            return sorted.ToJsonString(Indented);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            // Duplicate property names surface as ArgumentException or InvalidOperationException rather than JsonException.
            throw new USyncFormatException($"<Config> is not valid JSON: {e.Message}");
        }
    }
}

/// <summary>uSync's order for aliases and keys: case-insensitive first, so "Folder" sorts with "file" rather than before it.</summary>
internal sealed class AliasOrder : IComparer<string>
{
    public static readonly AliasOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var ignoringCase = string.Compare(x, y, StringComparison.OrdinalIgnoreCase);
        return ignoringCase != 0 ? ignoringCase : string.CompareOrdinal(x, y);
    }
}
