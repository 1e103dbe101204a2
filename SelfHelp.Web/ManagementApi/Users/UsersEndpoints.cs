using SelfHelp.Web.ManagementApi.Users.Current;

namespace SelfHelp.Web.ManagementApi.Users;

/// <summary>The Users feature: the current user, users and user groups.</summary>
public static class UsersEndpoints
{
    public static RouteGroupBuilder MapUsersEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapCurrentUserEndpoints();
        return v1;
    }
}
