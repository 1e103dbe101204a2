using System.Text.RegularExpressions;
using System.Xml.Linq;
using SelfHelp.Core.ContentTypes;
using Umbraco.Cms.Core.Strings;
using Umbraco.Extensions;

namespace SelfHelp.Core.Sync.Handlers;

/// <summary>Document, element and media types: one file per alias, checked against the data types and types they refer to.</summary>
internal abstract class ContentTypeSyncHandlerBase(
    IContentTypeService contentTypes, IShortStringHelper shortStrings, USyncFiles files, SyncStateLoader stateLoader)
    : SyncHandlerBase<ContentType>(files, stateLoader)
{
    protected abstract ContentTypeKind Kind { get; }

    public override string ItemType => ContentTypeXml.RootElement(Kind);

    public override bool Handles(ContentType item) => item.Kind == Kind;

    protected override ContentType Deserialize(XElement node) => ContentTypeXml.Read(node, Kind);

    public override XElement Serialize(ContentType item, SyncState state) => ContentTypeXml.Write(item, state);

    protected override IEnumerable<string> Prepare(ContentType item, XElement node, SyncState planned)
    {
        var problems = new List<string>();
        CheckGroups(item, problems);
        foreach (var property in item.Properties)
        {
            CheckProperty(item, property, planned, problems);
        }
        ResolveChildren(item, planned, problems);
        foreach (var composition in item.Compositions.Where(c => planned.FindContentType(Guid.Empty, c, Kind) is null))
        {
            problems.Add($"the composition '{composition}' is not a known {KindName}.");
        }
        return problems;
    }

    protected override Guid KeyOf(ContentType item) => item.Key;
    protected override string AliasOf(ContentType item) => item.Alias;
    protected override string FileNameOf(ContentType item) => item.Alias.ToSafeFileName(shortStrings);
    protected override Dictionary<Guid, ContentType> ItemsIn(SyncState state) => state.ContentTypes;

    protected override Task SaveAsync(ContentType item, CancellationToken cancellationToken) => contentTypes.SaveAsync(item, cancellationToken);

    protected override Task DeleteAsync(ContentType item, CancellationToken cancellationToken) => contentTypes.DeleteAsync(item.Key, cancellationToken);

    private string KindName => Kind == ContentTypeKind.Media ? "media type" : "document type";

    private static void CheckGroups(ContentType item, List<string> problems)
    {
        foreach (var duplicate in item.Groups.GroupBy(g => g.Alias, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"the group alias '{duplicate.Key}' is used {duplicate.Count()} times.");
        }
        foreach (var duplicate in item.Properties.GroupBy(p => p.Alias, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"the property alias '{duplicate.Key}' is used {duplicate.Count()} times.");
        }
    }

    private static void CheckProperty(ContentType item, PropertyType property, SyncState planned, List<string> problems)
    {
        var dataType = planned.DataTypes.GetValueOrDefault(property.DataTypeKey);
        if (dataType is null)
        {
            problems.Add($"property '{property.Alias}' uses the data type {property.DataTypeKey} ({property.EditorAlias}), which does not exist.");
        }
        else if (!string.Equals(dataType.EditorAlias, property.EditorAlias, StringComparison.Ordinal))
        {
            problems.Add($"property '{property.Alias}' says its editor is {property.EditorAlias}, but its data type '{dataType.Name}' is a {dataType.EditorAlias}.");
        }
        if (property.GroupAlias is { } group && !item.Groups.Any(g => string.Equals(g.Alias, group, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add($"property '{property.Alias}' is in the group '{group}', which is not among the type's <Tabs>.");
        }
        if (property.VariesByCulture && !item.VariesByCulture)
        {
            problems.Add($"property '{property.Alias}' varies by culture but the type does not.");
        }
        if (property.ValidationRegExp is { } pattern && !IsRegex(pattern))
        {
            problems.Add($"property '{property.Alias}' has a <Validation> that is not a regular expression: {pattern}");
        }
    }

    // Children are stored with the key and alias they have now, found by key first and by alias second, as uSync does.
    private void ResolveChildren(ContentType item, SyncState planned, List<string> problems)
    {
        var resolved = new List<AllowedChildType>();
        foreach (var child in item.AllowedChildren)
        {
            var type = planned.FindContentType(child.Key, child.Alias, Kind);
            if (type is null)
            {
                problems.Add($"the allowed child '{child.Alias}' ({child.Key}) is not a known {KindName}.");
                continue;
            }
            resolved.Add(new AllowedChildType(type.Key, type.Alias, child.SortOrder));
        }
        item.AllowedChildren = resolved;
    }

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
