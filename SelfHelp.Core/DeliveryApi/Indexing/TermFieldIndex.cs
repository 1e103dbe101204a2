using System.Globalization;
using Umbraco.Cms.Core.DeliveryApi;

namespace SelfHelp.Core.DeliveryApi.Indexing;

/// <summary>
/// A string field. Raw fields match whole values, ignoring case; analyzed and sortable fields match words (a
/// multi-word value as a phrase). Each keeps an inverted list per term.
/// </summary>
internal sealed class TermFieldIndex : FieldIndex
{
    private readonly Dictionary<string, List<int>> _building = new(StringComparer.Ordinal);
    private Dictionary<string, int[]> _postings = new(StringComparer.Ordinal);
    private readonly List<string>[] _values;
    private readonly List<string[]>?[] _tokens;
    private readonly bool _analyzed;

    // Bitsets of the terms queries use, built on first use: repeated filters (a district, a parent) then cost a copy.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Bitset> _termSets = new(StringComparer.Ordinal);
    private const int MaxCachedTerms = 4096;

    public TermFieldIndex(FieldType type, int size)
        : base(type, size)
    {
        _analyzed = type is FieldType.StringAnalyzed or FieldType.StringSortable;
        _values = new List<string>[size];
        _tokens = new List<string[]>?[size];
    }

    /// <summary>The lower-cased text of a value and, for analyzed and sortable fields, its words.</summary>
    internal static TermValue ToTerm(FieldType type, object value)
    {
        var text = (Convert.ToString(value, CultureInfo.InvariantCulture) ?? "").ToLowerInvariant();
        return new TermValue(text, type is FieldType.StringAnalyzed or FieldType.StringSortable ? NameTokenizer.Tokenize(text) : null);
    }

    public override void Add(int doc, object prepared)
    {
        var (text, words) = (TermValue)prepared;
        (_values[doc] ??= []).Add(text);
        if (!_analyzed)
        {
            Post(text, doc);
            return;
        }
        (_tokens[doc] ??= []).Add(words!);
        foreach (var token in words!)
        {
            Post(token, doc);
        }
    }

    public override Bitset Match(FilterOperation operation, string[] values) => operation switch
    {
        FilterOperation.Is => Union(values, Is),
        FilterOperation.IsNot => Union(values, Is).Complement(),
        FilterOperation.Contains => Union(values, Contains),
        FilterOperation.DoesNotContain => Union(values, Contains).Complement(),
        // Umbraco: range filters only work on number and date fields; on a string field they restrict nothing.
        _ => Bitset.All(Size),
    };

    public override void Seal()
    {
        _postings = _building.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _building.Clear();
    }

    protected override int[] ComputeRanks() =>
        RanksFrom(_values.Select(v => v?[0]).ToArray(), string.CompareOrdinal);

    private Bitset Union(string[] values, Func<string, Bitset> match)
    {
        var result = new Bitset(Size);
        foreach (var value in values)
        {
            result.UnionWith(match(value.ToLowerInvariant()));
        }
        return result;
    }

    private Bitset Is(string value)
    {
        if (!_analyzed)
        {
            return Docs(value);
        }
        var words = NameTokenizer.Tokenize(value);
        if (words.Length == 0)
        {
            return new Bitset(Size);
        }
        var candidates = Docs(words[0]);
        foreach (var word in words.Skip(1))
        {
            candidates.IntersectWith(Docs(word));
        }
        return words.Length == 1 ? candidates : Bitset.Of(Size, candidates.Members().Where(doc => HasPhrase(doc, words)));
    }

    private Bitset Contains(string value)
    {
        var result = new Bitset(Size);
        if (_analyzed)
        {
            for (var doc = 0; doc < Size; doc++)
            {
                if (_values[doc]?.Any(v => v.Contains(value, StringComparison.Ordinal)) == true)
                {
                    result.Add(doc);
                }
            }
            return result;
        }
        foreach (var (term, docs) in _postings)
        {
            if (term.Contains(value, StringComparison.Ordinal))
            {
                result.AddAll(docs);
            }
        }
        return result;
    }

    private bool HasPhrase(int doc, string[] words) =>
        _tokens[doc]?.Any(tokens => Enumerable.Range(0, Math.Max(0, tokens.Length - words.Length + 1))
            .Any(start => words.Select((w, i) => tokens[start + i] == w).All(m => m))) == true;

    private Bitset Docs(string term)
    {
        if (_termSets.TryGetValue(term, out var cached))
        {
            return cached.Clone();
        }
        if (!_postings.TryGetValue(term, out var docs))
        {
            return new Bitset(Size);
        }
        var set = Bitset.Of(Size, docs);
        if (_termSets.Count < MaxCachedTerms)
        {
            _termSets.TryAdd(term, set.Clone());
        }
        return set;
    }

    private void Post(string term, int doc)
    {
        if (!_building.TryGetValue(term, out var docs))
        {
            _building[term] = docs = [];
        }
        if (docs.Count == 0 || docs[^1] != doc)
        {
            docs.Add(doc);
        }
    }
}

/// <summary>A value as a term field stores it: lower-cased text, and its words when the field is analyzed.</summary>
internal sealed record TermValue(string Text, string[]? Words);
