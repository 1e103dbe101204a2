using SelfHelp.Core.ContentTypes;
using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.ContentTypes;

/// <summary>The properties and containers of a type as the Management API shows them.</summary>
internal static class PropertyTypeResponses
{
    public static IReadOnlyList<PropertyTypeResponseModel> Properties(ContentType type) =>
        [.. type.Properties.OrderBy(p => p.SortOrder).Select(p => new PropertyTypeResponseModel(
            p.Key,
            GroupOf(type, p.GroupAlias) is { } group ? new ReferenceByIdModel(group.Key) : null,
            p.SortOrder,
            p.Alias,
            p.Name,
            p.Description,
            new ReferenceByIdModel(p.DataTypeKey),
            p.VariesByCulture,
            VariesBySegment: false,
            new PropertyTypeValidationModel(p.Mandatory, p.MandatoryMessage, p.ValidationRegExp, p.ValidationRegExpMessage),
            new PropertyTypeAppearanceModel(p.LabelOnTop)))];

    /// <summary>Tabs and groups; a group inside a tab has the alias <c>tab/group</c> (as Umbraco names it) and the tab as its parent.</summary>
    public static IReadOnlyList<PropertyTypeContainerResponseModel> Containers(ContentType type) =>
        [.. type.Groups.OrderBy(g => g.SortOrder).Select(g => new PropertyTypeContainerResponseModel(
            g.Key,
            ParentOf(type, g) is { } parent ? new ReferenceByIdModel(parent.Key) : null,
            g.Name,
            g.Type,
            g.SortOrder))];

    public static PropertyGroup? GroupOf(ContentType type, string? alias) =>
        alias is null ? null : type.Groups.FirstOrDefault(g => string.Equals(g.Alias, alias, StringComparison.OrdinalIgnoreCase));

    private static PropertyGroup? ParentOf(ContentType type, PropertyGroup group)
    {
        var slash = group.Alias.LastIndexOf('/');
        return slash <= 0 ? null : GroupOf(type, group.Alias[..slash]);
    }
}
