using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SelfHelp.Core.Search.Indexing;

namespace SelfHelp.Core.Tests.Search;

/// <summary>
/// Everything an index holds, as comparable text: each live document's stored fields, and each indexed term with
/// the number of live documents holding it (which covers the fields that are searched but not stored).
/// </summary>
internal static class IndexDump
{
    public static IReadOnlyList<string> Of(SearchIndexes indexes, string name)
    {
        using var lease = indexes[name].Acquire();
        var reader = lease.Searcher.IndexReader;
        var lines = new List<string>();
        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                var fields = reader.Document(doc).Fields.Select(f => $"{f.Name}={f.GetStringValue() ?? f.GetInt64Value()?.ToString() ?? f.GetInt32Value()?.ToString() ?? f.GetDoubleValue()?.ToString()}").Order(StringComparer.Ordinal);
                lines.Add("doc " + string.Join(" | ", fields));
            }
        }
        foreach (var field in MultiFields.GetFields(reader) ?? Enumerable.Empty<string>())
        {
            var terms = MultiFields.GetTerms(reader, field).GetEnumerator();
            DocsEnum? docs = null;
            while (terms.MoveNext())
            {
                docs = terms.Docs(live, docs, DocsFlags.NONE);
                var count = 0;
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    count++;
                }
                if (count > 0)
                {
                    lines.Add($"term {field}:{ToText(field, terms.Term)}={count}");
                }
            }
        }
        return lines.Order(StringComparer.Ordinal).ToList();
    }

    // Numeric fields are indexed as encoded prefixes, which are not UTF-8.
    private static string ToText(string field, BytesRef term) =>
        UnicodeUtil.ValidUTF16String(term.Utf8ToString()) ? term.Utf8ToString() : Convert.ToHexString(term.Bytes, term.Offset, term.Length);
}
