using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using SelfHelp.Core.DeliveryApi.Models;
using SelfHelp.Core.PublishedCache;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DeliveryApi;

namespace SelfHelp.Core.DeliveryApi.Indexing;

/// <summary>
/// The DeliveryApiContentIndex for one snapshot and culture, in memory: the documents the public may see, in tree
/// order (the default sort), with an inverted list or sorted values per field. A filtered, sorted page is a few
/// bitset operations and a walk over a precomputed order, not a scan reading JSON.
/// </summary>
internal sealed class DeliveryApiContentIndex(
    PublishedContent[] docs,
    FrozenDictionary<string, FieldIndex> fields,
    long generation,
    int schemaVersion,
    DateTime? validUntil,
    ILogger logger)
{
    public long Generation { get; } = generation;
    public int SchemaVersion { get; } = schemaVersion;

    /// <summary>When an embargo lifts (or another visibility rule changes its answer), after which the index is rebuilt.</summary>
    public DateTime? ValidUntil { get; } = validUntil;

    public int Count => docs.Length;

    public PagedResult<PublishedContent> Execute(SelectorOption selector, IEnumerable<FilterOption> filters, IReadOnlyList<SortOption> sorts, int skip, int take)
    {
        var matches = selector.FieldName == Fields.IndexFieldNames.IndexType
            ? Bitset.All(docs.Length)
            : Field(selector.FieldName)?.Match(FilterOperation.Is, selector.Values) ?? new Bitset(docs.Length);
        foreach (var filter in filters)
        {
            if (Field(filter.FieldName) is not { } field)
            {
                logger.LogWarning("Filter on field {FieldName} has no index field provider; it is ignored.", filter.FieldName);
                continue;
            }
            matches.IntersectWith(field.Match(filter.Operator, filter.Values));
        }
        var keys = sorts.Select(s => (Field: Field(s.FieldName), Sort: s)).Where(k => k.Field is not null).Select(k => (k.Field!, k.Sort.Direction)).ToList();
        var total = matches.Count();
        skip = Math.Max(0, skip);
        take = Math.Max(0, Math.Min(take, total - skip));
        var page = take <= 0 ? [] : Page(matches, keys, skip, take);
        return new PagedResult<PublishedContent>(total, page.Select(i => docs[i]).ToList());
    }

    private FieldIndex? Field(string name) => fields.GetValueOrDefault(name);

    private static List<int> Page(Bitset matches, List<(FieldIndex Field, Direction Direction)> keys, int skip, int take)
    {
        var wanted = (long)skip + take;
        if (keys.Count == 0)
        {
            return matches.Members().Skip(skip).Take(take).ToList();
        }
        // Walk the first key's precomputed order one group of equal values at a time; only groups that reach the
        // page need the further keys, so a sorted page over 10,000 items costs little more than the page itself.
        var emitted = new List<int>(take);
        var seen = 0L;
        var (first, direction) = keys[0];
        var ranks = first.Ranks;
        var members = new List<int>();
        foreach (var group in Groups(first.Order, ranks, direction))
        {
            members.Clear();
            foreach (var doc in group)
            {
                if (matches.Contains(doc))
                {
                    members.Add(doc);
                }
            }
            if (members.Count > 1 && keys.Count > 1)
            {
                members.Sort((a, b) => Compare(a, b, keys));
            }
            foreach (var doc in members)
            {
                if (seen++ >= skip)
                {
                    emitted.Add(doc);
                }
            }
            if (seen >= wanted)
            {
                break;
            }
        }
        return emitted.Count > take ? emitted.GetRange(0, take) : emitted;
    }

    // Groups of equal rank in the requested direction, produced lazily so the walk stops at the page; documents
    // without a value come last either way, ties in tree order.
    private static IEnumerable<ArraySegment<int>> Groups(int[] order, int[] ranks, Direction direction)
    {
        if (direction == Direction.Ascending)
        {
            for (var start = 0; start < order.Length;)
            {
                var end = start + 1;
                while (end < order.Length && ranks[order[end]] == ranks[order[start]])
                {
                    end++;
                }
                yield return new ArraySegment<int>(order, start, end - start);
                start = end;
            }
            yield break;
        }
        var valued = order.Length;
        while (valued > 0 && ranks[order[valued - 1]] == int.MaxValue)
        {
            valued--;
        }
        for (var end = valued; end > 0;)
        {
            var start = end - 1;
            while (start > 0 && ranks[order[start - 1]] == ranks[order[end - 1]])
            {
                start--;
            }
            yield return new ArraySegment<int>(order, start, end - start);
            end = start;
        }
        if (valued < order.Length)
        {
            yield return new ArraySegment<int>(order, valued, order.Length - valued);
        }
    }

    private static int Compare(int a, int b, List<(FieldIndex Field, Direction Direction)> keys)
    {
        for (var k = 1; k < keys.Count; k++)
        {
            var ranks = keys[k].Field.Ranks;
            if (ranks[a] != ranks[b])
            {
                if (ranks[a] == int.MaxValue || ranks[b] == int.MaxValue)
                {
                    return ranks[a] == int.MaxValue ? 1 : -1;
                }
                var c = ranks[a].CompareTo(ranks[b]);
                return keys[k].Direction == Direction.Ascending ? c : -c;
            }
        }
        return a.CompareTo(b);
    }
}
