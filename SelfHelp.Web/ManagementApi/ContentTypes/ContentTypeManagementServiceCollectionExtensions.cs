namespace SelfHelp.Web.ManagementApi.ContentTypes;

/// <summary>Registers what the document and media type operations share: the type designer's request applier and writes.</summary>
public static class ContentTypeManagementServiceCollectionExtensions
{
    public static IServiceCollection AddContentTypeManagement(this IServiceCollection services)
    {
        services.AddScoped<ContentTypeRequestApplier>();
        services.AddScoped<ContentTypeWrites>();
        return services;
    }
}
