using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SelfHelp.Core.Search.Querying;

/// <summary>
/// Counts facet values over every matching document while the search runs (the facet module is not available to
/// us): per segment it counts ordinals of the fields' doc values (sorted for one value per item, sorted-set for
/// several) in arrays, and turns them into values once per segment, so the cost per match is a few array increments.
/// </summary>
internal sealed class FacetCountCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, int>[] _totals = fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[fields.Count];
    private readonly SortedDocValues?[] _single = new SortedDocValues?[fields.Count];
    private readonly int[]?[] _counts = new int[]?[fields.Count];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var i = 0; i < fields.Count; i++)
        {
            var single = context.AtomicReader.GetSortedDocValues(fields[i]);
            var values = single is null ? context.AtomicReader.GetSortedSetDocValues(fields[i]) : null;
            _single[i] = single;
            _values[i] = values;
            _counts[i] = single is not null ? new int[single.ValueCount] : values is null ? null : new int[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_single[i] is { } single)
            {
                var one = single.GetOrd(doc);
                if (one >= 0)
                {
                    _counts[i]![one]++;
                }
                continue;
            }
            if (_values[i] is not { } values)
            {
                continue;
            }
            var counts = _counts[i]!;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                counts[ord]++;
            }
        }
    }

    /// <summary>The counts of one field, most frequent first (then by value), after the search.</summary>
    public IReadOnlyList<FacetCount> Counts(string field)
    {
        FlushSegment();
        var i = IndexOf(field);
        return _totals[i].OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new FacetCount(kv.Key, kv.Value)).ToList();
    }

    private int IndexOf(string field)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i] == field)
            {
                return i;
            }
        }
        throw new ArgumentException($"'{field}' is not counted.", nameof(field));
    }

    private void FlushSegment()
    {
        var term = new BytesRef();
        for (var i = 0; i < fields.Count; i++)
        {
            if (_counts[i] is not { } counts)
            {
                continue;
            }
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }
                if (_single[i] is { } single)
                {
                    single.LookupOrd(ord, term);
                }
                else
                {
                    _values[i]!.LookupOrd(ord, term);
                }
                var value = term.Utf8ToString();
                _totals[i][value] = _totals[i].GetValueOrDefault(value) + counts[ord];
            }
            _values[i] = null;
            _single[i] = null;
            _counts[i] = null;
        }
    }
}
