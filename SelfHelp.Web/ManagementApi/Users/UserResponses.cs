using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.Security;

namespace SelfHelp.Web.ManagementApi.Users;

/// <summary>Builds the user models the client reads.</summary>
internal static class UserResponses
{
    public static UserResponseModel Detail(StaffUser user)
    {
        var starts = StaffUserStartNodes.Of(user.Profile);
        return new UserResponseModel(
            user.Account.Email ?? "", user.Account.UserName ?? "", user.Name,
            [.. user.Groups.Select(g => new ReferenceByIdModel(g.Key))],
            user.Key, user.Profile?.LanguageIsoCode,
            [.. starts.Documents.Select(k => new ReferenceByIdModel(k))], starts.Documents.Count == 0,
            [.. starts.Media.Select(k => new ReferenceByIdModel(k))], starts.Media.Count == 0,
            AvatarUrls: [], user.State, user.Account.AccessFailedCount,
            user.Profile?.CreateDate ?? DateTime.UtcNow, user.Profile?.UpdateDate ?? DateTime.UtcNow,
            // Identity keeps none of these dates; Umbraco allows null for each.
            LastLoginDate: null, LastLockoutDate: null, LastPasswordChangeDate: null,
            user.IsAdmin, Kind: "Default");
    }

    public static UserItemResponseModel Item(StaffUser user) => new(user.Key, [], user.Name, [], "Default");
}
