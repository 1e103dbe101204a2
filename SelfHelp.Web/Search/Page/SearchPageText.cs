using System.Globalization;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.Search.Page;

/// <summary>The search page's words in one culture, read from the site's text (<c>Site/SiteText.resx</c>, keys <c>Search*</c>).</summary>
public sealed class SearchPageText(SiteText text)
{
    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo(text.Culture);

    public string Search => text[nameof(Search)];
    public string SearchFor => text[nameof(SearchFor)];
    public string Hint => text["SearchHint"];
    public string Intro => text["SearchIntro"];
    public string Results => text["SearchResults"];
    public string Tips => text["SearchTips"];
    public string TipWords => text["SearchTipWords"];
    public string SimilarNames => text["SearchSimilarNames"];
    public string Filters => text["SearchFilters"];
    public string RemoveFilter => text["SearchRemoveFilter"];
    public string Pages => text["SearchPages"];
    public string Previous => text["SearchPrevious"];
    public string Next => text["SearchNext"];
    public string Problem => text["SearchProblem"];
    public string Preparing => text["SearchPreparing"];
    public string PreparingMessage => text["SearchPreparingMessage"];
    public string HtmlLang => text.HtmlLang;
    public string AddressProblem => text["SearchAddressProblem"];
    public string Suggestions => text["SearchSuggestions"];
    public string SuggestionCount => text["SearchSuggestionCount"];

    /// <summary>
    /// The site's own heading for a facet (<c>SearchFacetTopic</c>), or null when it has none: a facet added by
    /// configuration is headed by its taxonomy's dictionary item instead.
    /// </summary>
    public string? FacetHeading(string facet) => text.Find("SearchFacet" + char.ToUpperInvariant(facet[0]) + facet[1..]);

    /// <summary>"12 results for “group”", or "12 results" when only filters were asked for.</summary>
    public string Count(int count, string? query) => query is null
        ? Format(count == 1 ? "SearchCountFilteredOne" : "SearchCountFilteredMany", count)
        : Format(count == 1 ? "SearchCountOne" : "SearchCountMany", count, query);

    /// <summary>A facet value's count as a screen reader hears it ("2 results"); sighted readers see "(2)".</summary>
    public string FacetCount(int count) => Format(count == 1 ? "SearchFacetCountOne" : "SearchFacetCountMany", count);

    public string NoResults(string? query) => query is null ? text["SearchNoResultsFiltered"] : Format("SearchNoResults", query);
    public string PageOf(int page, int pages) => Format("SearchPageOf", page, pages);
    public string PageNumber(int page) => Format("SearchPageNumber", page);
    public string TipWithoutFilters(string query) => Format("SearchTipWithoutFilters", query);
    public string TipOtherLanguage(string language) => Format("SearchTipOtherLanguage", language);
    public string QueryProblem(int maxLength) => Format("SearchQueryProblem", maxLength);

    private string Format(string key, params object[] values) => string.Format(_culture, text[key], values);
}
