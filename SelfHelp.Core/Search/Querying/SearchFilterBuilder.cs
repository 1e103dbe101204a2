using Lucene.Net.Index;
using Lucene.Net.Search;
using SelfHelp.Core.Search.Indexing;
using static SelfHelp.Core.Search.Indexing.IndexFieldNames;

namespace SelfHelp.Core.Search.Querying;

/// <summary>
/// The filter part of a search: the culture, the recycle bin, then each requested filter (values of one filter
/// are alternatives). Filters narrow the matches without changing their scores.
/// </summary>
internal static class SearchFilterBuilder
{
    public static Filter Build(SearchRequest request)
    {
        var culture = request.Culture.ToLowerInvariant();
        var filter = new BooleanQuery
        {
            { new TermQuery(new Term(Cultures, culture)), Occur.MUST },
        };
        if (request.Index == IndexNames.Internal && !request.IncludeTrashed)
        {
            filter.Add(new TermQuery(new Term(Trashed, Yes)), Occur.MUST_NOT);
        }
        AddAnyOf(filter, NodeTypeAlias, request.ContentTypes, normalise: false);
        foreach (var (facet, values) in request.Facets)
        {
            AddAnyOf(filter, Facet(facet), values, normalise: true);
        }
        foreach (var range in request.DateRanges)
        {
            filter.Add(DateRange(range, culture), Occur.MUST);
        }
        return new QueryWrapperFilter(filter);
    }

    /// <summary>The index fields a date filter reads: a property may vary by culture, so both of its fields are tried.</summary>
    public static IReadOnlyList<string> DateFields(string field, string culture) => field switch
    {
        _ when field.Equals(CreateDate, StringComparison.OrdinalIgnoreCase) => [CreateDate],
        _ when field.Equals(UpdateDate, StringComparison.OrdinalIgnoreCase) => [UpdateDate],
        _ when field.Equals("publishDate", StringComparison.OrdinalIgnoreCase) => [ForCulture(UpdateDate, culture)],
        _ => [field, ForCulture(field, culture)],
    };

    private static void AddAnyOf(BooleanQuery filter, string field, IReadOnlyList<string> values, bool normalise)
    {
        var wanted = values.Select(v => normalise ? v.Trim().ToLowerInvariant() : v.Trim()).Where(v => v.Length > 0).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return;
        }
        var any = new BooleanQuery();
        foreach (var value in wanted)
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }
        filter.Add(any, Occur.MUST);
    }

    private static BooleanQuery DateRange(DateRangeFilter range, string culture)
    {
        var from = range.From is { } f ? IndexDates.ToTerm(IndexDates.ToUniversalTicks(f)) : null;
        var to = range.To is { } t ? IndexDates.ToTerm(IndexDates.ToUniversalTicks(t)) : null;
        var any = new BooleanQuery();
        foreach (var field in DateFields(range.Field, culture))
        {
            any.Add(TermRangeQuery.NewStringRange(field, from, to, includeLower: true, includeUpper: true), Occur.SHOULD);
        }
        return any;
    }
}
