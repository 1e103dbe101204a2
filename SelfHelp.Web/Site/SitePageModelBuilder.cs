using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Visibility;
using SelfHelp.Web.Site.Rendering;
using SelfHelp.Web.Site.Rendering.PropertyEditors;

namespace SelfHelp.Web.Site;

/// <summary>Builds the view models of the site from routed content; views never read the engine's types themselves.</summary>
public sealed class SitePageModelBuilder(IContentTypeService contentTypes, IPublicVisibility visibility, SitePropertyValueRenderers renderers)
{
    public async Task<SitePageModel> PageAsync(SiteRoute.Page route, PathString pathBase, CancellationToken cancellationToken)
    {
        var (cultures, culture, content) = (route.Cultures, route.Culture, route.Content);
        var type = await contentTypes.GetAsync(content.ContentTypeAlias, cancellationToken);
        var name = content.GetName(culture)!;
        return new SitePageModel
        {
            Text = SiteText.For(UiCulture(culture)),
            Title = name,
            HomeUrl = Link(pathBase, cultures.Url(culture, "/")),
            OtherCultures = cultures.All
                .Where(other => !string.Equals(other, culture, StringComparison.OrdinalIgnoreCase) && visibility.IsPublic(content, other))
                .Select(other => CultureLinkTo(other, Link(pathBase, cultures.Url(other, content.GetRoute(other)!))))
                .ToList(),
            Key = content.Key,
            Culture = culture,
            Name = name,
            ContentTypeAlias = content.ContentTypeAlias,
            Values = new PageValues(content, culture, type, visibility, renderers),
            Children = route.Snapshot.GetChildren(content.Id)
                .Where(child => visibility.IsPublic(child, culture))
                .Select(child => new PageLink(child.GetName(culture)!, Link(pathBase, cultures.Url(culture, child.GetRoute(culture)!))))
                .ToList(),
        };
    }

    public NotFoundPageModel NotFound(SiteRoute route, PathString pathBase)
    {
        var text = SiteText.For(UiCulture(route.Culture));
        return new NotFoundPageModel
        {
            Text = text,
            Title = text.NotFoundTitle,
            HomeUrl = Link(pathBase, route.Cultures.Url(route.Culture, "/")),
            OtherCultures = [],
            Translations = route.Cultures.All
                .Where(other => !string.Equals(other, route.Culture, StringComparison.OrdinalIgnoreCase))
                .Select(other => new NotFoundTranslation(SiteText.For(UiCulture(other)), Link(pathBase, route.Cultures.Url(other, "/"))))
                .ToList(),
        };
    }

    private static CultureLink CultureLinkTo(string culture, string url)
    {
        var text = SiteText.For(UiCulture(culture));
        return new CultureLink(text.LanguageName, text.HtmlLang, url);
    }

    /// <summary>The culture the site's words are read in: the content culture when they are written in it, else the neutral English.</summary>
    private static string UiCulture(string culture) =>
        SiteText.Cultures.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)) ?? SiteText.Cultures[0];

    private static string Link(PathString pathBase, string path) => pathBase.Add(path).Value!;
}
