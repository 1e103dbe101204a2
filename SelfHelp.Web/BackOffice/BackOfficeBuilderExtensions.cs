namespace SelfHelp.Web.BackOffice;

/// <summary>
/// Umbraco's back office client, built from npm, served as <c>Umbraco.Cms.StaticAssets</c> serves it: the page at
/// <c>/umbraco</c>, the built files under <c>/umbraco/backoffice/</c> and SelfHelp's logo.
/// </summary>
public static class BackOfficeBuilderExtensions
{
    public static IHostApplicationBuilder AddBackOffice(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BackOfficeClientOptions>().BindConfiguration(BackOfficeClientOptions.Section);
        builder.Services.AddSingleton<BuiltBackOfficeAssets>();
        builder.Services.AddSingleton<IBackOfficeAssets>(services => services.GetRequiredService<BuiltBackOfficeAssets>());
        return builder;
    }

    public static IEndpointRouteBuilder MapBackOffice(this IEndpointRouteBuilder endpoints)
    {
        var backOffice = endpoints.MapGroup("").AllowAnonymous().ExcludeFromDescription();
        backOffice.MapGet(BackOfficePageEndpoint.BackOfficePath, BackOfficePageEndpoint.Page).WithDisplayName("Back office page");
        backOffice.MapGet(BackOfficePageEndpoint.ClientRoute, BackOfficePageEndpoint.Page).WithDisplayName("Back office page (client route)");
        backOffice.MapGet(BackOfficeFileEndpoint.Route, BackOfficeFileEndpoint.Serve).WithDisplayName("Back office client files");
        backOffice.MapGet(BackOfficeGraphicsEndpoint.Route, BackOfficeGraphicsEndpoint.Serve).WithDisplayName("Back office logo");
        return endpoints;
    }
}
