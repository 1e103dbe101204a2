using SelfHelp.Core.Languages;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Redirects;
using SelfHelp.Core.Visibility;

namespace SelfHelp.Web.Site;

/// <summary>What a site URL answers; the controller turns each kind into its HTTP response.</summary>
public abstract record SiteRoute(SiteCultures Cultures, string Culture)
{
    /// <summary>A published page that the public may see in the culture.</summary>
    public sealed record Page(SiteCultures Cultures, string Culture, PublishedContent Content, PublishedSnapshot Snapshot) : SiteRoute(Cultures, Culture);

    /// <summary>An old URL of a page that was renamed or moved, and its site path now.</summary>
    public sealed record Moved(SiteCultures Cultures, string Culture, string Path) : SiteRoute(Cultures, Culture);

    /// <summary>Nothing public answers this URL in the culture.</summary>
    public sealed record NotFound(SiteCultures Cultures, string Culture) : SiteRoute(Cultures, Culture);
}

/// <summary>
/// Maps a site path to published content: the live route in the path's culture first, then the redirect
/// records of renamed and moved pages (Umbraco's content finder by redirect URL), else not found.
/// </summary>
public sealed class SiteRouter(ILanguageService languages, IPublishedContentCache cache, IRedirectUrlService redirects, IPublicVisibility visibility)
{
    public async Task<SiteRoute> RouteAsync(string path, CancellationToken cancellationToken)
    {
        var cultures = new SiteCultures(await languages.GetAllAsync(cancellationToken));
        var (culture, route) = cultures.Parse(path);
        var snapshot = cache.Current;
        if (snapshot.GetByRoute(route, culture) is { } content && visibility.IsPublic(content, culture))
        {
            return new SiteRoute.Page(cultures, culture, content, snapshot);
        }
        if (await redirects.FindMovedAsync(route, culture, cancellationToken) is { } moved
            && visibility.IsPublic(moved, culture)
            && moved.GetRoute(culture) is { } newRoute)
        {
            return new SiteRoute.Moved(cultures, culture, cultures.Url(culture, newRoute));
        }
        return new SiteRoute.NotFound(cultures, culture);
    }
}
