using Umbraco.Cms.Core.DeliveryApi;

namespace SelfHelp.Core.DeliveryApi.Querying;

/// <summary>Why a query could not run; each maps to Umbraco's 400 ProblemDetails title.</summary>
public enum DeliveryQueryStatus
{
    Success,
    SelectorOptionNotFound,
    FilterOptionNotFound,
    SortOptionNotFound,
}

/// <summary>A query's options as the registered handlers built them, or the status saying which option no handler knew.</summary>
public sealed record ParsedQuery(DeliveryQueryStatus Status, SelectorOption? Selector, IReadOnlyList<FilterOption> Filters, IReadOnlyList<SortOption> Sorts);

/// <summary>
/// Turns <c>fetch</c>, <c>filter</c> and <c>sort</c> strings into options through the first handler that can handle
/// each (Umbraco's collections). No fetch means every item, or the start item's descendants when one is given.
/// </summary>
internal sealed class DeliveryQueryParser(
    IEnumerable<ISelectorHandler> selectors,
    IEnumerable<IFilterHandler> filters,
    IEnumerable<ISortHandler> sorts,
    IDeliveryQueryContextAccessor accessor)
{
    public static readonly SelectorOption AllContent = new() { FieldName = Indexing.Fields.IndexFieldNames.IndexType, Values = ["content"] };

    private readonly ISelectorHandler[] _selectors = selectors.ToArray();
    private readonly IFilterHandler[] _filters = filters.ToArray();
    private readonly ISortHandler[] _sorts = sorts.ToArray();

    public ParsedQuery Parse(DeliveryQueryContext context, string? fetch, IEnumerable<string> filter, IEnumerable<string> sort)
    {
        var previous = accessor.Current;
        accessor.Current = context;
        try
        {
            SelectorOption? selector;
            if (fetch is not null)
            {
                selector = _selectors.FirstOrDefault(h => h.CanHandle(fetch))?.BuildSelectorOption(fetch);
                if (selector is null)
                {
                    return Failed(DeliveryQueryStatus.SelectorOptionNotFound);
                }
            }
            else
            {
                selector = context.StartItem is { } start
                    ? new SelectorOption { FieldName = Indexing.Fields.IndexFieldNames.AncestorIds, Values = [start.Key.ToString("D")] }
                    : AllContent;
            }

            var filterOptions = new List<FilterOption>();
            foreach (var value in filter.Where(f => !string.IsNullOrWhiteSpace(f)))
            {
                if (_filters.FirstOrDefault(h => h.CanHandle(value))?.BuildFilterOption(value) is not { } option)
                {
                    return Failed(DeliveryQueryStatus.FilterOptionNotFound);
                }
                filterOptions.Add(option);
            }

            var sortOptions = new List<SortOption>();
            foreach (var value in sort.Where(s => !string.IsNullOrWhiteSpace(s)))
            {
                if (_sorts.FirstOrDefault(h => h.CanHandle(value))?.BuildSortOption(value) is not { } option)
                {
                    return Failed(DeliveryQueryStatus.SortOptionNotFound);
                }
                sortOptions.Add(option);
            }
            return new ParsedQuery(DeliveryQueryStatus.Success, selector, filterOptions, sortOptions);
        }
        finally
        {
            accessor.Current = previous;
        }
    }

    private static ParsedQuery Failed(DeliveryQueryStatus status) => new(status, null, [], []);
}
