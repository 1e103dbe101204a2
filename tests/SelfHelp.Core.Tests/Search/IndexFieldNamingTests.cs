using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Search.Indexing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Search;

/// <summary>Someone who has queried Umbraco's Examine indexes finds the same fields here.</summary>
public sealed class IndexFieldNamingTests : SearchFixture
{
    private async Task<(Lucene.Net.Documents.Document Stored, Func<string, string, int> Count)> ReadAsync(string index)
    {
        await Indexes.WaitForPendingAsync();
        var lucene = Engine.Services.GetRequiredService<SearchIndexes>()[index];
        using var lease = lucene.Acquire();
        var searcher = lease.Searcher;
        var hit = searcher.Search(new TermQuery(new Term(IndexFieldNames.NodeTypeAlias, "story")), 1).ScoreDocs.Single();
        var stored = searcher.Doc(hit.Doc);
        var counts = new Dictionary<(string, string), int>();
        foreach (var (field, term) in new[] { ("summary_en-us", "weekly"), ("summary_zh-hk", "每"), ("topics", "carers"), ("nodeName_en-us", "carers"), ("__Published_zh-hk", "n") })
        {
            counts[(field, term)] = searcher.Search(new TermQuery(new Term(field, term)), 10).TotalHits;
        }
        return (stored, (field, term) => counts[(field, term)]);
    }

    [Fact]
    public async Task Documents_carry_Examines_special_and_per_culture_fields()
    {
        var story = await Story("Carers story").Chinese("照顧者故事").Summary("weekly meetings").Summary("每週聚會", Chinese)
            .Topics("carers").PublishAsync(English);

        var (doc, count) = await ReadAsync(IndexNames.External);

        Assert.Equal("content", doc.Get("__IndexType"));
        Assert.Equal(story.Id.ToString(), doc.Get("__NodeId"));
        Assert.Equal(story.Key.ToString(), doc.Get("__Key"));
        Assert.Equal("story", doc.Get("__NodeTypeAlias"));
        Assert.Equal(story.Path, doc.Get("__Path"));
        Assert.Equal("y", doc.Get("__Published"));
        Assert.Equal("y", doc.Get("__VariesByCulture"));
        Assert.Equal("Carers story", doc.Get("nodeName_en-us"));
        Assert.Equal("carers-story", doc.Get("urlName_en-us"));
        Assert.Equal("y", doc.Get("__Published_en-us"));
        Assert.Null(doc.Get("nodeName_zh-hk"));
        Assert.Equal(1, count("summary_en-us", "weekly"));
        Assert.Equal(1, count("topics", "carers"));
        Assert.Equal(1, count("nodeName_en-us", "carers"));
        Assert.Equal(0, count("summary_zh-hk", "每"));
    }

    [Fact]
    public async Task The_internal_index_flags_each_culture_as_published_or_not()
    {
        await Story("Carers story").Chinese("照顧者故事").Summary("每週聚會", Chinese).PublishAsync(English);

        var (doc, count) = await ReadAsync(IndexNames.Internal);

        Assert.Equal("y", doc.Get("__Published_en-us"));
        Assert.Equal("n", doc.Get("__Published_zh-hk"));
        Assert.Equal("照顧者故事", doc.Get("nodeName_zh-hk"));
        Assert.Equal(1, count("summary_zh-hk", "每"));
        Assert.Equal(1, count("__Published_zh-hk", "n"));
    }
}
