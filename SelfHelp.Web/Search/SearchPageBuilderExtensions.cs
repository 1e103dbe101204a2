using SelfHelp.Web.Search.Page;

namespace SelfHelp.Web.Search;

/// <summary>The public search page: <c>builder.AddSearchPage()</c> (after <c>AddSearchApi()</c>) and <c>app.MapSearchPage()</c>.</summary>
public static class SearchPageBuilderExtensions
{
    public static IHostApplicationBuilder AddSearchPage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<SearchPageRouteTransformer>();
        builder.Services.AddSingleton<SearchPageModelBuilder>();
        return builder;
    }

    /// <summary>Maps <c>/search/</c> and <c>/{culture}/search/</c>; more specific than the site's catch-all, which answers anything else.</summary>
    public static IEndpointRouteBuilder MapSearchPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDynamicControllerRoute<SearchPageRouteTransformer>(SearchPageRoutes.Segment);
        endpoints.MapDynamicControllerRoute<SearchPageRouteTransformer>($"{{{SearchPageRouteTransformer.CultureValue}}}/{SearchPageRoutes.Segment}");
        return endpoints;
    }
}
