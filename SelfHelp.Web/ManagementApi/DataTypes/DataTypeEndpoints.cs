using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.DataTypes;

/// <summary>Umbraco's data type operations: reads for anyone editing content, media or settings; writes in the Settings section.</summary>
public static class DataTypeEndpoints
{
    public static RouteGroupBuilder MapDataTypeEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapGroup("").WithTags("Data Type").RequireAuthorization(BackOfficePolicies.SectionAccessContentOrMediaOrSettings).MapDataTypeReads();
        v1.MapGroup("").WithTags("Data Type").RequireAuthorization(BackOfficePolicies.SectionAccessSettings).MapDataTypeWrites();
        return v1;
    }
}
