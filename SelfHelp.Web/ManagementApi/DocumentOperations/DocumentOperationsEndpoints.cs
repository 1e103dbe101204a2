using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.DocumentOperations;

/// <summary>
/// What editors do to documents besides editing them: the recycle bin, move, copy and sort, versions and rollback,
/// the audit log, URLs and redirect URL management. The Content section is needed for all of them; each operation
/// then checks its verb on the document's path through <see cref="DocumentAccess"/>.
/// </summary>
public static class DocumentOperationsEndpoints
{
    public static IServiceCollection AddDocumentOperations(this IServiceCollection services) => services
        .AddScoped<DocumentAccess>()
        .AddScoped<DocumentItemShapes>()
        .AddScoped<BackOfficeUserKeys>();

    public static RouteGroupBuilder MapDocumentOperations(this RouteGroupBuilder v1)
    {
        var content = v1.MapGroup("").RequireAuthorization(BackOfficePolicies.SectionAccessContent);
        DocumentRecycleBinEndpoints.Map(content);
        DocumentPlacementEndpoints.Map(content);
        DocumentVersionEndpoints.Map(content);
        DocumentAuditLogEndpoints.Map(content);
        DocumentUrlEndpoints.Map(content);
        RedirectUrlManagementEndpoints.Map(content);
        DocumentReferenceEndpoints.Map(content);
        return v1;
    }
}
