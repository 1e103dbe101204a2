using System.Globalization;
using Umbraco.Cms.Core.DeliveryApi;

namespace SelfHelp.Core.DeliveryApi.Indexing;

/// <summary>A number or date field: values kept sorted, so equality and range filters are binary searches.</summary>
internal sealed class NumericFieldIndex : FieldIndex
{
    private readonly List<(double Value, int Doc)> _pairs = [];
    private readonly double?[] _first;
    private (double Value, int Doc)[]? _sorted;

    public NumericFieldIndex(FieldType type, int size)
        : base(type, size) => _first = new double?[size];

    public override void Add(int doc, object prepared)
    {
        var number = (double)prepared;
        _pairs.Add((number, doc));
        _first[doc] ??= number;
    }

    public override void Seal() => _sorted = [.. _pairs.OrderBy(p => p.Value).ThenBy(p => p.Doc)];

    public override Bitset Match(FilterOperation operation, string[] values)
    {
        var parsed = values.Select(v => Parse(Type, v)).ToArray();
        if (parsed.Length == 0 || parsed.Any(p => p is null))
        {
            // An unreadable number or date matches nothing, rather than silently dropping the filter.
            return operation is FilterOperation.IsNot or FilterOperation.DoesNotContain ? Bitset.All(Size) : new Bitset(Size);
        }
        var first = parsed[0]!.Value;
        return operation switch
        {
            FilterOperation.Is or FilterOperation.Contains => Union(parsed, v => Range(v, true, v, true)),
            FilterOperation.IsNot or FilterOperation.DoesNotContain => Union(parsed, v => Range(v, true, v, true)).Complement(),
            FilterOperation.GreaterThan => Range(first, false, null, false),
            FilterOperation.GreaterThanOrEqual => Range(first, true, null, false),
            FilterOperation.LessThan => Range(null, false, first, false),
            FilterOperation.LessThanOrEqual => Range(null, false, first, true),
            _ => Bitset.All(Size),
        };
    }

    protected override int[] ComputeRanks() => RanksFrom(_first.Select(v => v is { } d ? (object)d : null).ToArray(), (a, b) => ((double)a).CompareTo((double)b));

    private Bitset Union(double?[] values, Func<double, Bitset> match)
    {
        var result = new Bitset(Size);
        foreach (var value in values)
        {
            result.UnionWith(match(value!.Value));
        }
        return result;
    }

    private Bitset Range(double? min, bool minInclusive, double? max, bool maxInclusive)
    {
        var sorted = _sorted!;
        var start = min is { } lo ? LowerBound(sorted, lo, minInclusive) : 0;
        var result = new Bitset(Size);
        for (var i = start; i < sorted.Length; i++)
        {
            var value = sorted[i].Value;
            if (max is { } hi && (value > hi || (!maxInclusive && value == hi)))
            {
                break;
            }
            result.Add(sorted[i].Doc);
        }
        return result;
    }

    // First position whose value is >= bound (inclusive) or > bound (exclusive).
    private static int LowerBound((double Value, int Doc)[] sorted, double bound, bool inclusive)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].Value < bound || (!inclusive && sorted[mid].Value == bound))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static double? Parse(FieldType type, string value) => type == FieldType.Date
        ? DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date) ? date.Ticks : null
        : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    // Dates are UTC ticks in a double: filter and stored values round alike, so equality holds and ranges are exact to ~13 µs.
    internal static double? ToNumber(FieldType type, object value) => value switch
    {
        DateTime date => date.Kind == DateTimeKind.Local ? date.ToUniversalTime().Ticks : date.Ticks,
        DateTimeOffset offset => offset.UtcTicks,
        int or long or double or float or decimal or short => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        string text => Parse(type, text),
        _ => null,
    };
}
