using Microsoft.AspNetCore.Mvc.Routing;
using SelfHelp.Core.Languages;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.Search.Page;

/// <summary>
/// Where the search page lives: <c>/search/</c> in the default language and <c>/{iso}/search/</c> in the others,
/// beside the content of the same culture (the same word in every language, so a shared or typed link works).
/// </summary>
public static class SearchPageRoutes
{
    public const string Segment = "search";

    /// <summary>The search page below a culture's home page URL ("/" -> "/search/", "/zh-hk/" -> "/zh-hk/search/").</summary>
    public static string Url(string homeUrl) => homeUrl.TrimEnd('/') + "/" + Segment + "/";
}

/// <summary>
/// Claims <c>{prefix}/search/</c> only when the prefix is one of the site's other languages; anything else
/// (<c>/about/search/</c>, a content page's URL) is left to the site. A route constraint cannot do this, since the
/// languages are read asynchronously; returning null drops this route from the match.
/// </summary>
internal sealed class SearchPageRouteTransformer(ILanguageService languages) : DynamicRouteValueTransformer
{
    public const string CultureValue = "culture";

    public override async ValueTask<RouteValueDictionary> TransformAsync(HttpContext httpContext, RouteValueDictionary values)
    {
        var cultures = new SiteCultures(await languages.GetAllAsync(httpContext.RequestAborted));
        var culture = cultures.Default;
        // The default language's route has no parameters, and then routing passes no values at all.
        if (values?.TryGetValue(CultureValue, out var prefix) == true)
        {
            var match = cultures.All.FirstOrDefault(c => !cultures.IsDefault(c) && string.Equals(c, prefix as string, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                return null!;
            }
            culture = match;
        }
        return new RouteValueDictionary
        {
            ["controller"] = "SearchPage",
            ["action"] = nameof(SearchPageController.Index),
            [CultureValue] = culture,
        };
    }
}
