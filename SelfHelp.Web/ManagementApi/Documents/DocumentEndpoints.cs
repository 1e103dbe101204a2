using SelfHelp.Web.ManagementApi.Documents.Detail;
using SelfHelp.Web.ManagementApi.Documents.Editing;
using SelfHelp.Web.ManagementApi.Documents.Item;
using SelfHelp.Web.ManagementApi.Documents.Publishing;
using SelfHelp.Web.ManagementApi.Documents.Tree;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Documents;

/// <summary>
/// Documents in the Management API: the tree and items (for the Content section and for pickers in Media), and the
/// editor's detail, create, update, validate, publish and unpublish (Content section).
/// </summary>
public static class DocumentEndpoints
{
    public static IServiceCollection AddDocumentManagement(this IServiceCollection services)
    {
        services.AddScoped<DocumentAccess>();
        services.AddScoped<DocumentResponseBuilder>();
        services.AddScoped<DocumentEditor>();
        services.AddSingleton<PublishWithDescendantsTasks>();
        return services;
    }

    public static RouteGroupBuilder MapDocumentEndpoints(this RouteGroupBuilder v1, RouteGroupBuilder v11)
    {
        v1.MapGroup("tree/document").WithTags("Document").RequireAuthorization(BackOfficePolicies.SectionAccessContentOrMedia)
            .MapDocumentTreeEndpoints();
        v1.MapGroup("item/document").WithTags("Document").RequireAuthorization(BackOfficePolicies.SectionAccessContentOrMedia)
            .MapDocumentItemEndpoints();
        var documents = v1.MapGroup("document").WithTags("Document").RequireAuthorization(BackOfficePolicies.SectionAccessContent);
        var documentsV11 = v11.MapGroup("document").WithTags("Document").RequireAuthorization(BackOfficePolicies.SectionAccessContent);
        documents.MapDocumentDetailEndpoints();
        documents.MapDocumentEditingEndpoints(documentsV11);
        documents.MapDocumentPublishingEndpoints();
        return v1;
    }
}
