using Microsoft.Extensions.Options;
using SelfHelp.Core.Languages;
using SelfHelp.Core.Search;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Core.Vocabulary;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.Search.Page;

/// <summary>Builds the search page's model: runs the public search and turns its response into the links the page shows.</summary>
public sealed class SearchPageModelBuilder(
    SiteSearch search, ISearchReadiness readiness, FacetLabels labels, ISiteVocabulary vocabulary, ILanguageService languages, IOptions<SearchOptions> options)
{
    /// <summary>Numbered page links either side of the current page.</summary>
    private const int PageWindow = 2;

    public async Task<SearchPageModel> BuildAsync(SearchInput input, PathString pathBase, CancellationToken cancellationToken)
    {
        var cultures = new SiteCultures(await languages.GetAllAsync(cancellationToken));
        var culture = input.Culture ?? cultures.Default;
        var text = SiteText.For(UiCulture(culture));
        var words = new SearchPageText(text);
        var homeUrl = Link(pathBase, cultures, culture);
        var query = string.IsNullOrWhiteSpace(input.Q) ? null : input.Q;
        var links = new SearchLinks(SearchPageRoutes.Url(homeUrl), query,
        [
            new(SearchInput.TypeParameter, SearchInput.FilterValues(input.Types)),
            .. vocabulary.SearchFacets.Select(f => new KeyValuePair<string, IReadOnlyList<string>>(f.Key, SearchInput.FilterValues(input.Facets.GetValueOrDefault(f.Key) ?? []))),
        ]);
        var others = cultures.All.Where(c => !string.Equals(c, culture, StringComparison.OrdinalIgnoreCase))
            .Select(other => (Text: SiteText.For(UiCulture(other)), Url: links.On(SearchPageRoutes.Url(Link(pathBase, cultures, other)))))
            .ToList();

        var preparing = input.AsksForAnything && !readiness.IsReady();
        var outcome = input.AsksForAnything && !preparing ? await search.SearchAsync(input with { Culture = culture }, pathBase, cancellationToken) : null;
        var results = outcome?.Value;
        var problems = outcome is { Succeeded: false } ? Problems(outcome.Errors.Select(e => e.Alias).ToList(), words) : [];
        var nothingFound = results is { Total: 0 };
        return new SearchPageModel
        {
            Text = text,
            // The count in the title is the first thing a screen reader says when the results load.
            Title = preparing ? $"{words.Preparing} · {words.Search}"
                : results is not null ? $"{words.Count(results.Total, results.Query)} · {words.Search}"
                : query is null ? words.Search : $"{query} · {words.Search}",
            HomeUrl = homeUrl,
            OtherCultures = others.Select(o => new CultureLink(o.Text.LanguageName, o.Text.HtmlLang, o.Url)).ToList(),
            Words = words,
            Culture = culture,
            Action = SearchPageRoutes.Url(homeUrl),
            Query = input.Q,
            Filters = links.Fields(),
            SuggestUrl = pathBase.Add(SearchApiBuilderExtensions.RoutePrefix + "/suggest").Value!,
            Results = results,
            Facets = results is null ? [] : await FacetsAsync(results, links, words, culture, cancellationToken),
            Paging = results is null ? null : Paging(results, links),
            Problems = problems,
            Preparing = preparing ? [words, .. others.Select(o => new SearchPageText(o.Text))] : [],
            QueryHasProblem = outcome?.Errors.Any(e => e.Alias == "q") == true,
            Widen = nothingFound ? Widen(query, links, words, others.Select(o => (o.Text, o.Url))) : [],
            SimilarNames = nothingFound && query is not null ? await SimilarNamesAsync(query, culture, pathBase, cancellationToken) : [],
        };
    }

    private List<string> Problems(List<string> parameters, SearchPageText words)
    {
        var problems = new List<string>();
        if (parameters.Contains("q"))
        {
            problems.Add(words.QueryProblem(options.Value.MaxQueryLength));
        }
        if (parameters.Any(p => p != "q"))
        {
            problems.Add(words.AddressProblem);
        }
        return problems;
    }

    /// <summary>Each facet's values as links that add them; a facet already filtered by shows its values as links that remove them.</summary>
    private async Task<List<SearchFacetGroup>> FacetsAsync(SearchResponse results, SearchLinks links, SearchPageText words, string culture, CancellationToken cancellationToken)
    {
        var groups = new List<SearchFacetGroup>();
        foreach (var (name, prefix) in vocabulary.SearchFacets.Select(f => (f.Key, f.LabelPrefix)).Prepend((SearchInput.TypeParameter, FacetDictionaryPrefixes.ContentType)))
        {
            var values = results.Facets.GetValueOrDefault(name) ?? [];
            var selected = links.Selected(name);
            var shown = new List<SearchFacetLink>();
            if (selected.Count == 0)
            {
                shown.AddRange(values.Select(v => new SearchFacetLink(v.Label, v.Count, links.Adding(name, v.Value), Selected: false)));
            }
            foreach (var value in selected)
            {
                // A filter that matches nothing has no count of its own, but must still be removable.
                var counted = values.FirstOrDefault(v => string.Equals(v.Value, value, StringComparison.OrdinalIgnoreCase));
                var label = counted?.Label ?? (await labels.LabelAsync(prefix, value, culture, cancellationToken)).Label;
                shown.Add(new SearchFacetLink(label, counted?.Count ?? 0, links.Removing(name, value), Selected: true));
            }
            if (shown.Count > 0)
            {
                var heading = words.FacetHeading(name) ?? await labels.WordsAsync(prefix, culture, cancellationToken) ?? name;
                groups.Add(new SearchFacetGroup(name, heading, shown));
            }
        }
        return groups;
    }

    private static SearchPaging? Paging(SearchResponse results, SearchLinks links)
    {
        if (results.TotalPages <= 1)
        {
            return null;
        }
        var current = results.Page;
        var first = Math.Max(1, current - PageWindow);
        var last = Math.Min(results.TotalPages, current + PageWindow);
        var pages = Enumerable.Range(first, last - first + 1).Select(n => new SearchPageLink(n, links.Page(n), n == current)).ToList();
        return new SearchPaging(current, results.TotalPages,
            current > 1 ? links.Page(Math.Min(current - 1, results.TotalPages)) : null,
            current < results.TotalPages ? links.Page(current + 1) : null,
            pages);
    }

    private static List<SearchLink> Widen(string? query, SearchLinks links, SearchPageText words, IEnumerable<(SiteText Text, string Url)> others)
    {
        var widen = new List<SearchLink>();
        if (query is not null && links.HasFilters)
        {
            widen.Add(new SearchLink(words.TipWithoutFilters(query), links.WithoutFilters()));
        }
        widen.AddRange(others.Select(o => new SearchLink(words.TipOtherLanguage(o.Text.LanguageName), o.Url)));
        return widen;
    }

    private async Task<List<SearchLink>> SimilarNamesAsync(string query, string culture, PathString pathBase, CancellationToken cancellationToken)
    {
        var suggested = await search.SuggestAsync(query, culture, pathBase, cancellationToken);
        return suggested.Succeeded ? suggested.Value!.Items.Select(i => new SearchLink(i.Title, i.Url)).ToList() : [];
    }

    private static string Link(PathString pathBase, SiteCultures cultures, string culture) => pathBase.Add(cultures.Url(culture, "/")).Value!;

    /// <summary>The culture the site's words are read in: the content culture when they are written in it, else the neutral English.</summary>
    private static string UiCulture(string culture) =>
        SiteText.Cultures.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)) ?? SiteText.Cultures[0];
}
