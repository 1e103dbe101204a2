using SelfHelp.Web.ManagementApi.ContentTypes;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.DataTypes;

/// <summary>Umbraco's data type operations: reads for anyone editing content, media or settings; writes in the Settings section.</summary>
public static class DataTypeEndpoints
{
    public static RouteGroupBuilder MapDataTypeEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapGroup("").WithTags("Data Type").RequireAuthorization(BackOfficePolicies.SectionAccessContentOrMediaOrSettings).AddEndpointFilter<BackOfficeLanguageFilter>().MapDataTypeReads();
        v1.MapGroup("").WithTags("Data Type").RequireAuthorization(BackOfficePolicies.SectionAccessSettings).AddEndpointFilter<BackOfficeLanguageFilter>().MapDataTypeWrites();
        return v1;
    }
}
