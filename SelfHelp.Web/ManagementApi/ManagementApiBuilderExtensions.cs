using Microsoft.AspNetCore.Authorization;
using SelfHelp.Web.BackOffice;
using SelfHelp.Web.ManagementApi.ClientCredentials;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Security;

namespace SelfHelp.Web.ManagementApi;

/// <summary>
/// Umbraco's Management API at <c>/umbraco/management/api/v1</c> (and <c>v1.1</c>), the server side of Umbraco's own
/// back office client: every operation needs a signed-in back office user, each family its section; each feature
/// folder maps its operations on the groups given here.
/// </summary>
public static class ManagementApiBuilderExtensions
{
    public const string Prefix = "/umbraco/management/api";

    public static IHostApplicationBuilder AddManagementApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddScoped<IBackOfficeUserAccessor, IdentityBackOfficeUserAccessor>();
        services.AddSingleton<IAuthorizationHandler, SectionRequirementHandler>();
        services.AddAuthorization(BackOfficePolicies.Add);
        services.AddSingleton<IBackOfficeAssets, UnbuiltBackOfficeAssets>();
        return builder;
    }

    public static IEndpointRouteBuilder MapManagementApi(this IEndpointRouteBuilder endpoints)
    {
        var v1 = Version(endpoints, "v1");
        var v11 = Version(endpoints, "v1.1");
        // Each feature folder adds its operations here, e.g. v1.MapServerEndpoints();
        _ = v1;
        v1.MapUserClientCredentialsEndpoints();
        _ = v11;
        return endpoints;
    }

    private static RouteGroupBuilder Version(IEndpointRouteBuilder endpoints, string version) =>
        endpoints.MapGroup($"{Prefix}/{version}")
            .WithGroupName(ManagementApiOpenApi.DocumentName)
            .RequireAuthorization(BackOfficePolicies.BackOfficeAccess)
            .DisableAntiforgery();
}
