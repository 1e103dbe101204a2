using System.Xml;
using System.Xml.Linq;
using SelfHelp.Core.ContentTypes;
using ContentVariation = Umbraco.Cms.Core.Models.ContentVariation;

namespace SelfHelp.Core.Sync.Handlers;

/// <summary>
/// Reads and writes uSync's ContentType and MediaType files. Element order, casing of booleans and sorting (properties
/// by alias, groups by key) follow uSync's serializers so that our files and uSync's are the same bytes.
/// </summary>
internal static class ContentTypeXml
{
    public static string RootElement(ContentTypeKind kind) => kind == ContentTypeKind.Media ? "MediaType" : "ContentType";

    public static ContentType Read(XElement node, ContentTypeKind kind)
    {
        var info = node.Required("Info");
        var type = new ContentType
        {
            Key = node.KeyAttribute(),
            Alias = node.AliasAttribute(),
            Name = info.RequiredText("Name"),
            Kind = kind,
            Level = int.TryParse(node.Attribute("Level")?.Value, out var level) ? level : 1,
            Icon = info.OptionalText("Icon"),
            Description = info.OptionalText("Description"),
            AllowAtRoot = info.Bool("AllowAtRoot"),
            Variations = info.Enum("Variations", ContentVariation.Nothing),
            IsElement = info.Bool("IsElement"),
            Compositions = info.Element("Compositions")?.Elements("Composition").Select(c => c.Value).ToList() ?? [],
        };
        var childElement = RootElement(kind);
        type.AllowedChildren = node.Element("Structure")?.Elements(childElement)
            .Select((c, i) => new AllowedChildType(
                Guid.TryParse(c.Attribute("Key")?.Value, out var key) ? key : Guid.Empty,
                c.Value,
                int.TryParse(c.Attribute("SortOrder")?.Value, out var sort) ? sort : i))
            .ToList() ?? [];
        type.Groups = node.Element("Tabs")?.Elements("Tab").Select(ReadGroup).ToList() ?? [];
        type.Properties = node.Element("GenericProperties")?.Elements("GenericProperty").Select(ReadProperty).ToList() ?? [];
        return type;
    }

    public static XElement Write(ContentType type, SyncState state)
    {
        var document = type.Kind == ContentTypeKind.Document;
        var info = new XElement("Info",
            new XElement("Name", type.Name),
            new XElement("Icon", type.Icon ?? ""),
            // Thumbnails and list views mean nothing to a headless engine; these are Umbraco's defaults.
            new XElement("Thumbnail", document ? "folder.png" : type.Icon ?? ""),
            new XElement("Description", type.Description ?? ""),
            new XElement("AllowAtRoot", SyncXml.Pascal(type.AllowAtRoot)),
            new XElement("ListView", Guid.Empty),
            new XElement("Variations", type.Variations),
            new XElement("IsElement", XmlConvert.ToString(type.IsElement)));
        if (document)
        {
            info.Add(new XElement("HistoryCleanup",
                new XElement("PreventCleanup", SyncXml.Pascal(false)),
                new XElement("KeepAllVersionsNewerThanDays", ""),
                new XElement("KeepLatestVersionPerDayForDays", "")));
        }
        info.Add(new XElement("Compositions", type.Compositions.Order(AliasOrder.Instance).Select(alias =>
            new XElement("Composition", alias, new XAttribute("Key", state.FindContentType(Guid.Empty, alias, type.Kind)?.Key ?? Guid.Empty)))));
        if (document)
        {
            info.Add(new XElement("DefaultTemplate", ""), new XElement("AllowedTemplates"));
        }
        var structure = new XElement("Structure", type.AllowedChildren.OrderBy(c => c.SortOrder).Select(child =>
        {
            // Written with the child's current alias, as uSync looks it up by key.
            var current = state.FindContentType(child.Key, child.Alias, type.Kind);
            return new XElement(RootElement(type.Kind),
                new XAttribute("Key", current?.Key ?? child.Key), new XAttribute("SortOrder", child.SortOrder), current?.Alias ?? child.Alias);
        }));
        var properties = new XElement("GenericProperties", type.Properties.OrderBy(p => p.Alias, AliasOrder.Instance).Select(p => WriteProperty(type, p)));
        var tabs = new XElement("Tabs", type.Groups.OrderBy(g => g.Key).Select(WriteGroup));
        return new XElement(RootElement(type.Kind),
            new XAttribute("Key", type.Key),
            new XAttribute("Alias", type.Alias),
            new XAttribute("Level", type.Level),
            info,
            document ? structure : properties,
            document ? properties : structure,
            tabs);
    }

    private static PropertyGroup ReadGroup(XElement tab) => new()
    {
        Key = tab.GuidElement("Key"),
        Alias = tab.RequiredText("Alias"),
        Name = tab.OptionalText("Caption") ?? tab.RequiredText("Alias"),
        Type = tab.OptionalText("Type") ?? "Group",
        SortOrder = tab.Int("SortOrder"),
    };

    private static XElement WriteGroup(PropertyGroup group) =>
        new("Tab",
            new XElement("Key", group.Key),
            new XElement("Caption", group.Name),
            new XElement("Alias", group.Alias),
            new XElement("Type", group.Type),
            new XElement("SortOrder", group.SortOrder));

    private static PropertyType ReadProperty(XElement property)
    {
        var alias = property.RequiredText("Alias");
        try
        {
            return new PropertyType
            {
                Key = property.GuidElement("Key"),
                Alias = alias,
                Name = property.OptionalText("Name") ?? alias,
                DataTypeKey = property.GuidElement("Definition"),
                EditorAlias = property.RequiredText("Type"),
                Mandatory = property.Bool("Mandatory"),
                ValidationRegExp = property.OptionalText("Validation"),
                Description = property.OptionalText("Description"),
                SortOrder = property.Int("SortOrder"),
                GroupAlias = property.Element("Tab")?.Attribute("Alias")?.Value is { Length: > 0 } group ? group : null,
                Variations = property.Enum("Variations", ContentVariation.Nothing),
                MandatoryMessage = property.OptionalText("MandatoryMessage"),
                ValidationRegExpMessage = property.OptionalText("ValidationRegExpMessage"),
                LabelOnTop = property.Bool("LabelOnTop"),
            };
        }
        catch (USyncFormatException e)
        {
            throw new USyncFormatException($"property '{alias}': {e.Message}");
        }
    }

    private static XElement WriteProperty(ContentType type, PropertyType property)
    {
        var group = type.Groups.FirstOrDefault(g => string.Equals(g.Alias, property.GroupAlias, StringComparison.OrdinalIgnoreCase));
        var tab = new XElement("Tab", group?.Name ?? "");
        if (group is not null)
        {
            tab.Add(new XAttribute("Alias", group.Alias));
        }
        var node = new XElement("GenericProperty",
            new XElement("Key", property.Key),
            new XElement("Name", property.Name),
            new XElement("Alias", property.Alias),
            new XElement("Definition", property.DataTypeKey),
            new XElement("Type", property.EditorAlias),
            new XElement("Mandatory", XmlConvert.ToString(property.Mandatory)),
            new XElement("Validation", property.ValidationRegExp ?? ""),
            new XElement("Description", new XCData(property.Description ?? "")),
            new XElement("SortOrder", property.SortOrder),
            tab);
        // uSync writes property variations for document types only; media types never vary.
        if (type.Kind == ContentTypeKind.Document)
        {
            node.Add(new XElement("Variations", property.Variations));
        }
        node.Add(
            new XElement("MandatoryMessage", property.MandatoryMessage ?? ""),
            new XElement("ValidationRegExpMessage", property.ValidationRegExpMessage ?? ""),
            new XElement("LabelOnTop", XmlConvert.ToString(property.LabelOnTop)));
        return node;
    }
}
