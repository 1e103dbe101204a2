using Lucene.Net.Documents;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.PropertyEditors;
using SelfHelp.Core.Vocabulary;
using static SelfHelp.Core.Search.Indexing.IndexFieldNames;

namespace SelfHelp.Core.Search.Indexing;

/// <summary>Turns an <see cref="IndexItem"/> into a Lucene document with Examine's field names and our search fields.</summary>
internal sealed class IndexDocumentBuilder(PropertyEditorCollection editors, ISiteVocabulary vocabulary, IOptions<SearchOptions> options)
{
    // What an editor without its own indexer (or with no editor at all) gets: its readable text.
    private static readonly StructuredValueIndexer ReadableText = new();

    private readonly SearchOptions _options = options.Value;

    public Document Build(IndexItem item)
    {
        var doc = new IndexDocument(item.Cultures.Select(c => c.Culture).ToList());
        var id = item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        doc.AddRaw(IndexType, item.ObjectType == NodeObjectType.Media ? IndexTypeMedia : IndexTypeContent);
        doc.AddRaw(NodeId, id);
        doc.AddRaw(Key, item.Key.ToString("D"));
        doc.AddRaw(NodeTypeAlias, item.Type.Alias);
        // One type per item: single-valued doc values, the cheapest kind to count facets over.
        doc.Document.Add(new SortedDocValuesField(NodeTypeAlias, new BytesRef(item.Type.Alias)));
        doc.AddRaw(IndexFieldNames.Path, item.Path);
        foreach (var ancestor in item.Path.Split(',').SkipLast(1).Where(a => a != "-1"))
        {
            doc.AddRaw(Ancestors, ancestor, stored: false);
        }
        doc.AddRaw(Published, item.Cultures.Any(c => c.Published) ? Yes : No);
        doc.AddRaw(VariesByCulture, item.VariesByCulture ? Yes : No);
        doc.AddRaw(Trashed, item.Trashed ? Yes : No);
        doc.AddStoredLong(Id, item.Id);
        doc.AddStoredLong(ParentId, item.ParentId);
        doc.AddStoredLong(Level, item.Level);
        doc.AddStoredLong(SortOrder, item.SortOrder);
        doc.AddDate(CreateDate, item.CreateDate, sortable: true);
        doc.AddDate(UpdateDate, item.UpdateDate, sortable: true);
        if (!item.VariesByCulture && item.Data.GetName(ContentData.Invariant) is { } invariantName)
        {
            doc.Document.Add(new TextField(NodeName, invariantName, Field.Store.YES));
        }
        foreach (var culture in item.Cultures)
        {
            AddCulture(doc, culture);
        }
        foreach (var property in item.Properties)
        {
            AddProperty(doc, item, property);
        }
        return doc.Complete();
    }

    private static void AddCulture(IndexDocument doc, IndexCulture culture)
    {
        var c = culture.Culture;
        doc.AddRaw(Cultures, c.ToLowerInvariant());
        doc.Document.Add(new TextField(ForCulture(NodeName, c), culture.Name, Field.Store.YES));
        if (culture.UrlSegment is { } segment)
        {
            doc.AddRaw(ForCulture(UrlName, c), segment);
        }
        doc.AddRaw(ForCulture(Published, c), culture.Published ? Yes : No);
        doc.AddDate(ForCulture(UpdateDate, c), culture.Date, sortable: true);
        doc.AddSortText(SortName(c), culture.Name);
        doc.AddText(NameForPrefix(c), culture.Name);
        doc.AddTierText(c, TextTier.Title, culture.Name);
    }

    private void AddProperty(IndexDocument doc, IndexItem item, PropertyType property)
    {
        var tier = TierOf(property.Alias);
        var indexer = editors[property.EditorAlias].IndexValueProvider ?? ReadableText;
        var varies = item.VariesByCulture && property.VariesByCulture;
        var cultures = varies ? doc.Cultures.Cast<string?>() : [(string?)null];
        foreach (var culture in cultures)
        {
            if (item.Data.GetValue(property.Alias, culture ?? ContentData.Invariant) is not { } value)
            {
                continue;
            }
            indexer.Index(new PropertyValue(property, culture, value, tier), doc);
            AddFacetValues(doc, property, value);
        }
    }

    private void AddFacetValues(IndexDocument doc, PropertyType property, System.Text.Json.JsonElement value)
    {
        foreach (var facet in vocabulary.Facets.Where(f => f.Reads(property.Alias)))
        {
            foreach (var facetValue in FacetValues.Read(property.EditorAlias, value))
            {
                doc.AddFacetValue(Facet(facet.Key), facetValue);
            }
        }
    }

    private TextTier TierOf(string alias) =>
        Matches(_options.TitleAliases, alias) ? TextTier.Title
        : Matches(_options.SummaryAliases, alias) ? TextTier.Summary
        : TextTier.Body;

    private static bool Matches(string[] aliases, string alias) =>
        Array.Exists(aliases, a => string.Equals(a, alias, StringComparison.OrdinalIgnoreCase));
}
