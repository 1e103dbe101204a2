using SelfHelp.Web.ManagementApi.ContentTypes;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.MediaTypes;

/// <summary>Umbraco's media type operations: reads for anyone editing content, media or settings; the designer's in Settings.</summary>
public static class MediaTypeEndpoints
{
    public static RouteGroupBuilder MapMediaTypeEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapGroup("").WithTags("Media Type").RequireAuthorization(BackOfficePolicies.SectionAccessContentOrMediaOrSettings).AddEndpointFilter<BackOfficeLanguageFilter>().MapMediaTypeReads();
        v1.MapGroup("").WithTags("Media Type").RequireAuthorization(BackOfficePolicies.SectionAccessSettings).AddEndpointFilter<BackOfficeLanguageFilter>().MapMediaTypeWrites();
        return v1;
    }
}
