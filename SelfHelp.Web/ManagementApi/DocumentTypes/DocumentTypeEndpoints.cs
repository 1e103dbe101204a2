using SelfHelp.Web.ManagementApi.ContentTypes;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.DocumentTypes;

/// <summary>Umbraco's document type operations: reads for anyone editing content, media or settings; the designer's in Settings.</summary>
public static class DocumentTypeEndpoints
{
    public static RouteGroupBuilder MapDocumentTypeEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapGroup("").WithTags("Document Type").RequireAuthorization(BackOfficePolicies.SectionAccessContentOrMediaOrSettings).AddEndpointFilter<BackOfficeLanguageFilter>().MapDocumentTypeReads();
        v1.MapGroup("").WithTags("Document Type").RequireAuthorization(BackOfficePolicies.SectionAccessSettings).AddEndpointFilter<BackOfficeLanguageFilter>().MapDocumentTypeWrites();
        return v1;
    }
}
