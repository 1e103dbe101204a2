using SelfHelp.Web.ManagementApi.Users.Current;
using SelfHelp.Web.ManagementApi.Users.UserGroups;

namespace SelfHelp.Web.ManagementApi.Users;

/// <summary>The Users feature: the current user, users and user groups.</summary>
public static class UsersEndpoints
{
    public static IServiceCollection AddUsersServices(this IServiceCollection services) => services
        .AddScoped<StaffUserDirectory>()
        .AddScoped<UserGroupRequestReader>();

    public static RouteGroupBuilder MapUsersEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapCurrentUserEndpoints();
        v1.MapUserReadEndpoints();
        v1.MapUserWriteEndpoints();
        v1.MapUserStateEndpoints();
        v1.MapUserGroupEndpoints();
        return v1;
    }
}
