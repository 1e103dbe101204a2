using SelfHelp.Core.Dictionary;
using SelfHelp.Core.Notifications;
using SelfHelp.Web.Search.Api;

namespace SelfHelp.Web.Search;

/// <summary>
/// The public search over HTTP: <c>builder.AddSearchApi()</c> (after the engine's <c>AddSearch()</c>) and
/// <c>app.MapSearchApi()</c> for <c>GET /api/search</c>, <c>GET /api/search/suggest</c> and their OpenAPI document.
/// </summary>
public static class SearchApiBuilderExtensions
{
    public const string RoutePrefix = "/api/search";

    public static IHostApplicationBuilder AddSearchApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddProblemDetails();
        services.AddSingleton<SearchInputValidator>();
        services.AddSingleton<FacetLabels>();
        services.AddSingleton<SiteSearch>();
        services.AddNotificationAsyncHandler<DictionaryItemSavedNotification, FacetLabelsRefresher>();
        services.AddNotificationAsyncHandler<DictionaryItemDeletedNotification, FacetLabelsRefresher>();
        services.AddOpenApi(SearchApiOpenApi.DocumentName, SearchApiOpenApi.Configure);
        return builder;
    }

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup(RoutePrefix)
            .WithGroupName(SearchApiOpenApi.DocumentName)
            .WithTags("Search")
            .MapSearchEndpoints();
        app.MapOpenApi(SearchApiOpenApi.DocumentRoute);
        return app;
    }
}
