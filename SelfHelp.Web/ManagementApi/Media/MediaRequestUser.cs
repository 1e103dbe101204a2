using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Media;

/// <summary>The signed-in back office user of a media operation (its policy has already made sure there is one).</summary>
internal static class MediaRequestUser
{
    public static async Task<BackOfficeUser> CurrentAsync(HttpContext http) =>
        await http.RequestServices.GetRequiredService<IBackOfficeUserAccessor>().GetCurrentAsync(http)
        ?? throw new InvalidOperationException("A media operation ran without a back office user; its policy should have refused the request.");
}
