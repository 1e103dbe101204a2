using SelfHelp.Web.Site;

namespace SelfHelp.Web.Search.Page;

/// <summary>The search page in one culture: the form, and the results, facets and paging when something was searched.</summary>
public sealed class SearchPageModel : SiteLayoutModel
{
    public const string View = "/Search/Page/Views/SearchPage.cshtml";

    public required SearchPageText Words { get; init; }
    public required string Culture { get; init; }

    /// <summary>Where the form sends: this culture's search page.</summary>
    public required string Action { get; init; }
    public required string? Query { get; init; }

    /// <summary>The filters in force, sent again with a new search so the words can be changed without losing them.</summary>
    public required IReadOnlyList<SearchField> Filters { get; init; }

    /// <summary>Null when nothing was asked for yet or the request had a problem.</summary>
    public SearchResponse? Results { get; init; }
    public IReadOnlyList<SearchFacetGroup> Facets { get; init; } = [];
    public SearchPaging? Paging { get; init; }

    /// <summary>What was wrong with the request, in the page's language.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
    public bool QueryHasProblem { get; init; }

    /// <summary>While the index is rebuilt: "search is being prepared" in the page's language, then the others; empty otherwise.</summary>
    public IReadOnlyList<SearchPageText> Preparing { get; init; } = [];

    /// <summary>For a search that found nothing: ways to widen it, and pages whose names start like the words typed.</summary>
    public IReadOnlyList<SearchLink> Widen { get; init; } = [];
    public IReadOnlyList<SearchLink> SimilarNames { get; init; } = [];

    /// <summary>The endpoint the search-as-you-type script asks (the page works fully without it).</summary>
    public required string SuggestUrl { get; init; }

    // The page is itself a search form: a second one in the header would be a duplicate landmark.
    public override bool ShowsSearchBox => false;
}

/// <summary>A query-string field kept from one search to the next.</summary>
public sealed record SearchField(string Name, string Value);

/// <summary>One facet as filter links: its heading and its values (a selected value's link removes it).</summary>
public sealed record SearchFacetGroup(string Name, string Heading, IReadOnlyList<SearchFacetLink> Values);

/// <summary>A facet value as a link: to filter by it, or (when <see cref="Selected"/>) to stop filtering by it.</summary>
public sealed record SearchFacetLink(string Label, int Count, string Url, bool Selected);

/// <summary>Links to the other pages of results.</summary>
public sealed record SearchPaging(int Page, int TotalPages, string? PreviousUrl, string? NextUrl, IReadOnlyList<SearchPageLink> Pages);

/// <summary>A numbered link to a page of results.</summary>
public sealed record SearchPageLink(int Number, string Url, bool Current);

/// <summary>A link with its text, and the language of that text when it differs from the page's.</summary>
public sealed record SearchLink(string Text, string Url, string? Lang = null);
