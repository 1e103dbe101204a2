using SelfHelp.Web.Search.Page;
using SelfHelp.Web.Site.Rendering;

namespace SelfHelp.Web.Site;

/// <summary>What the layout shows around every site page: the language, the site's words, the title and the page in other languages.</summary>
public abstract class SiteLayoutModel
{
    public required SiteText Text { get; init; }
    public required string Title { get; init; }
    public required string HomeUrl { get; init; }

    /// <summary>This page in the other cultures it is public in (empty when it is public in one only).</summary>
    public required IReadOnlyList<CultureLink> OtherCultures { get; init; }

    /// <summary>The search page in this page's culture, where the header's search box sends.</summary>
    public string SearchUrl => SearchPageRoutes.Url(HomeUrl);

    /// <summary>Whether the header shows the site's search box (not on the search page, which is one).</summary>
    public virtual bool ShowsSearchBox => true;
}

/// <summary>A published page in one culture, ready for its view.</summary>
public sealed class SitePageModel : SiteLayoutModel
{
    /// <summary>The page's key, which forms on the page send as the page they were filled in on.</summary>
    public required Guid Key { get; init; }

    /// <summary>The content culture the page is shown in (en-US, zh-HK).</summary>
    public required string Culture { get; init; }
    public required string Name { get; init; }
    public required string ContentTypeAlias { get; init; }
    public required PageValues Values { get; init; }

    /// <summary>The page's children that are public in this culture, in sort order.</summary>
    public required IReadOnlyList<PageLink> Children { get; init; }
}

/// <summary>The not-found page: its words in the request's culture first, then in the site's other cultures.</summary>
public sealed class NotFoundPageModel : SiteLayoutModel
{
    public required IReadOnlyList<NotFoundTranslation> Translations { get; init; }
}

/// <summary>A link to the same page in another culture, labelled in that culture's own language.</summary>
public sealed record CultureLink(string Label, string HtmlLang, string Url);

/// <summary>A link to a page, labelled with its name in the current culture.</summary>
public sealed record PageLink(string Name, string Url);

/// <summary>The not-found message in one more culture, with that culture's home page.</summary>
public sealed record NotFoundTranslation(SiteText Text, string HomeUrl);
