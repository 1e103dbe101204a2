using Microsoft.AspNetCore.Authorization;
using SelfHelp.Web.ManagementApi.Manifests;
using SelfHelp.Web.ManagementApi.ContentTypes;
using SelfHelp.Web.ManagementApi.DataTypes;
using SelfHelp.Web.ManagementApi.DocumentTypes;
using SelfHelp.Web.ManagementApi.MediaTypes;
using SelfHelp.Web.ManagementApi.Documents;
using SelfHelp.Web.ManagementApi.Media;
using SelfHelp.Web.ManagementApi.Dashboard;
using SelfHelp.Web.ManagementApi.Forms;
using SelfHelp.Web.ManagementApi.DocumentOperations;
using SelfHelp.Web.ManagementApi.Preview;
using SelfHelp.Web.ManagementApi.HealthChecks;
using SelfHelp.Web.ManagementApi.Languages;
using SelfHelp.Web.ManagementApi.LogViewer;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.ManagementApi.Server;
using SelfHelp.Web.ManagementApi.Users;
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
        services.AddScoped<UserGroupStore>();
        services.AddUsersServices();
        services.AddRecentLog();
        services.AddSingleton<IAuthorizationHandler, SectionRequirementHandler>();
        services.AddAuthorization(BackOfficePolicies.Add);
        services.AddManifests();
        services.AddContentTypeManagement();
        services.AddDocumentManagement();
        services.AddMediaManagement();
        services.AddDocumentOperations();
        services.AddPreview();
        return builder;
    }

    public static IEndpointRouteBuilder MapManagementApi(this IEndpointRouteBuilder endpoints)
    {
        var v1 = Version(endpoints, "v1");
        var v11 = Version(endpoints, "v1.1");
        v1.MapManifestEndpoints();
        v1.MapDataTypeEndpoints();
        v1.MapDocumentTypeEndpoints();
        v1.MapMediaTypeEndpoints();
        v1.MapDocumentEndpoints(v11);
        v1.MapMediaEndpoints();
        v1.MapFormsSectionEndpoints();
        v1.MapAttentionEndpoints();
        v1.MapDocumentOperations();
        v1.MapPreview();
        PreviewPage.MapPreviewPage(endpoints);
        v1.MapServerEndpoints();
        v1.MapUsersEndpoints();
        v1.MapLanguageEndpoints();
        v1.MapHealthCheckEndpoints();
        v1.MapLogViewerEndpoints();
        return endpoints;
    }

    private static RouteGroupBuilder Version(IEndpointRouteBuilder endpoints, string version) =>
        endpoints.MapGroup($"{Prefix}/{version}")
            .WithGroupName(ManagementApiOpenApi.DocumentName)
            .RequireAuthorization(BackOfficePolicies.BackOfficeAccess)
            .DisableAntiforgery();
}
