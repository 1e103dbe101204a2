using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace SelfHelp.Core.Search.Indexing;

/// <summary>Which free-text field a property's text joins: matches in the title rank above the summary, above the body.</summary>
internal enum TextTier
{
    Title,
    Summary,
    Body,
}

/// <summary>
/// A Lucene document being built for one item: typed field writers, plus the per-culture text that becomes the
/// title, summary and body fields the query service searches.
/// </summary>
internal sealed class IndexDocument(IReadOnlyList<string> cultures)
{
    // Four index terms per number instead of Lucene's default sixteen: indexing numbers was most of the cost of a
    // document, and ranges over dates stay fast at this precision.
    internal const int PrecisionStep = 16;
    private static readonly FieldType CoarseLong = Numeric(Int64Field.TYPE_STORED);
    private static readonly FieldType CoarseDouble = Numeric(DoubleField.TYPE_STORED);

    private readonly Dictionary<(string Culture, TextTier Tier), StringBuilder> _text = [];

    private static FieldType Numeric(FieldType template)
    {
        var type = new FieldType(template) { NumericPrecisionStep = PrecisionStep };
        type.Freeze();
        return type;
    }

    public Document Document { get; } = new();

    public IReadOnlyList<string> Cultures => cultures;

    public void AddRaw(string field, string value, bool stored = true) =>
        Document.Add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));

    /// <summary>A raw value that facets count and filters match: lower-cased, with doc values for counting.</summary>
    public void AddFacetValue(string field, string value)
    {
        var normalised = value.Trim().ToLowerInvariant();
        if (normalised.Length == 0)
        {
            return;
        }
        Document.Add(new StringField(field, normalised, Field.Store.NO));
        Document.Add(new SortedSetDocValuesField(field, new BytesRef(normalised)));
    }

    public void AddText(string field, string text) => Document.Add(new TextField(field, text, Field.Store.NO));

    /// <summary>A number stored for reading back only (Examine's <c>level</c>, <c>sortOrder</c>): never filtered on, so not indexed.</summary>
    public void AddStoredLong(string field, long value) => Document.Add(new StoredField(field, value));

    public void AddLong(string field, long value) => Document.Add(new Int64Field(field, value, CoarseLong));

    public void AddDouble(string field, double value) => Document.Add(new DoubleField(field, value, CoarseDouble));

    /// <summary>
    /// A date: stored as UTC ticks (Examine's datetime), indexed as one fixed-width term so ranges compare as text
    /// (Lucene.Net's numeric token streams cost more than the rest of a document together), and with doc values
    /// when results are sorted by it.
    /// </summary>
    public void AddDate(string field, DateTime value, bool sortable = false)
    {
        var ticks = IndexDates.ToUniversalTicks(value);
        Document.Add(new StringField(field, IndexDates.ToTerm(ticks), Field.Store.NO));
        Document.Add(new StoredField(field, ticks));
        if (sortable)
        {
            Document.Add(new NumericDocValuesField(field, ticks));
        }
    }

    public void AddSortText(string field, string value) =>
        Document.Add(new SortedDocValuesField(field, new BytesRef(value.ToLowerInvariant())));

    /// <summary>Adds text to a tier of one culture, or of every culture when the value does not vary (culture null).</summary>
    public void AddTierText(string? culture, TextTier tier, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }
        foreach (var c in culture is null ? cultures : [culture])
        {
            if (!_text.TryGetValue((c, tier), out var builder))
            {
                builder = new StringBuilder();
                _text[(c, tier)] = builder;
            }
            if (builder.Length > 0)
            {
                // A paragraph break keeps phrases from running across two properties and snippets readable.
                builder.Append('\n');
            }
            builder.Append(text);
        }
    }

    /// <summary>Writes the tier fields; the summary and body are stored because snippets are cut from them.</summary>
    public Document Complete()
    {
        foreach (var ((culture, tier), text) in _text)
        {
            var value = text.ToString();
            switch (tier)
            {
                case TextTier.Title:
                    Document.Add(new TextField(IndexFieldNames.Title(culture), value, Field.Store.NO));
                    break;
                case TextTier.Summary:
                    Document.Add(new TextField(IndexFieldNames.Summary(culture), value, Field.Store.YES));
                    break;
                default:
                    Document.Add(new TextField(IndexFieldNames.Body(culture), value, Field.Store.YES));
                    break;
            }
        }
        return Document;
    }
}

/// <summary>Dates in the index: UTC ticks, as fixed-width text for ranges and as numbers for sorting.</summary>
internal static class IndexDates
{
    public static long ToUniversalTicks(DateTime value) =>
        (value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc)).Ticks;

    /// <summary>Nineteen digits, so text order is date order.</summary>
    public static string ToTerm(long ticks) => ticks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture);
}
