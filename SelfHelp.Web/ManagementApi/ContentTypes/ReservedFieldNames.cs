namespace SelfHelp.Web.ManagementApi.ContentTypes;

/// <summary>
/// Property aliases a type may not use, because the published item already has a member of that name (Umbraco's
/// reserved field names, which the type designer checks before it sends). "name" is not among them: shipped types
/// (district, selfHelpGroup) have a property of that alias, and their delivered properties are apart from the item's name.
/// </summary>
internal static class ReservedFieldNames
{
    public static readonly IReadOnlyList<string> All =
    [
        "children", "contentType", "createDate", "creatorId", "cultures", "id", "itemType", "key", "level",
        "parent", "path", "properties", "sortOrder", "templateId", "updateDate", "url", "urlSegment", "writerId",
    ];
}
