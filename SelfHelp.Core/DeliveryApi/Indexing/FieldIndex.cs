using Umbraco.Cms.Core.DeliveryApi;

namespace SelfHelp.Core.DeliveryApi.Indexing;

/// <summary>One field of the in-memory Delivery API index: answers filters as bitsets and sorts by precomputed ranks.</summary>
internal abstract class FieldIndex(FieldType type, int size)
{
    private int[]? _ranks;
    private int[]? _order;

    public FieldType Type { get; } = type;
    protected int Size { get; } = size;

    public static FieldIndex Create(FieldType type, int size) =>
        IsNumeric(type) ? new NumericFieldIndex(type, size) : new TermFieldIndex(type, size);

    /// <summary>
    /// A provider's value in the form a field of the type stores (a number, or lower-cased text with its words);
    /// null when it cannot be read. Done once per document version, so an index build only adds what is prepared.
    /// </summary>
    public static object? Prepare(FieldType type, object value) =>
        IsNumeric(type) ? NumericFieldIndex.ToNumber(type, value) : TermFieldIndex.ToTerm(type, value);

    /// <summary>Adds a value made by <see cref="Prepare"/> for a field of this type.</summary>
    public abstract void Add(int doc, object prepared);

    /// <summary>The documents matching a filter; an unreadable value matches nothing.</summary>
    public abstract Bitset Match(FilterOperation operation, string[] values);

    /// <summary>Per document, its position among the field's distinct values (equal values share a rank); documents without a value rank last.</summary>
    public int[] Ranks => _ranks ??= ComputeRanks();

    /// <summary>Documents by ascending rank, ties in tree order; built on first use, once per index.</summary>
    public int[] Order => _order ??= ComputeOrder();

    protected abstract int[] ComputeRanks();

    /// <summary>Freezes the field after the last value was added: lists become arrays, values are sorted.</summary>
    public abstract void Seal();

    private static bool IsNumeric(FieldType type) => type is FieldType.Number or FieldType.Date;

    private int[] ComputeOrder()
    {
        var ranks = Ranks;
        var order = Enumerable.Range(0, Size).ToArray();
        Array.Sort(order, (a, b) => ranks[a] != ranks[b] ? ranks[a].CompareTo(ranks[b]) : a.CompareTo(b));
        return order;
    }

    protected static int[] RanksFrom<T>(T?[] values, Comparison<T> compare)
        where T : notnull
    {
        var ranks = new int[values.Length];
        var withValue = Enumerable.Range(0, values.Length).Where(i => values[i] is not null).ToArray();
        Array.Sort(withValue, (a, b) => compare(values[a]!, values[b]!));
        Array.Fill(ranks, int.MaxValue);
        var rank = -1;
        for (var i = 0; i < withValue.Length; i++)
        {
            if (i == 0 || compare(values[withValue[i - 1]]!, values[withValue[i]]!) != 0)
            {
                rank++;
            }
            ranks[withValue[i]] = rank;
        }
        return ranks;
    }
}
