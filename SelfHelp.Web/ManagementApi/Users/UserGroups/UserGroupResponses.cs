using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Users.UserGroups;

/// <summary>Builds the user group models the client reads from a stored group.</summary>
internal static class UserGroupResponses
{
    public static UserGroupResponseModel Detail(BackOfficeUserGroup group) => new(
        group.Name, group.Alias, group.Icon, group.Sections,
        group.Languages ?? [], group.Languages is null,
        group.DocumentStartNodeKey is { } document ? new ReferenceByIdModel(document) : null, group.DocumentStartNodeKey is null,
        group.MediaStartNodeKey is { } media ? new ReferenceByIdModel(media) : null, group.MediaStartNodeKey is null,
        group.FallbackPermissions,
        [.. group.GranularPermissions.Select(p => new DocumentPermissionPresentationModel(new ReferenceByIdModel(p.Key), p.Value))],
        group.Key, IsDeletable: !group.IsSeeded, AliasCanBeChanged: !group.IsSeeded);

    public static UserGroupItemResponseModel Item(BackOfficeUserGroup group) => new(group.Key, [], group.Name, group.Icon, group.Alias);
}
