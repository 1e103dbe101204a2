using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Core.Search.Querying;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Search;

/// <summary>The indexes follow the vocabulary: a facet added to the configuration covers content indexed before it.</summary>
public sealed class FacetVocabularyTests : SearchFixture
{
    [Fact]
    public async Task A_facet_added_before_a_restart_is_filtered_and_counted_over_content_indexed_earlier()
    {
        await Story("Carers group").Topics("carers").Languages("english", "cantonese").PublishAsync();
        await Story("Recovery group").Topics("addiction").Languages("mandarin").PublishAsync();
        await Indexes.WaitForPendingAsync();

        await using var restarted = await Engine.RestartAsync(settings: new Dictionary<string, string?>
        {
            ["SelfHelp:Vocabulary:Facets:9:Key"] = "spoken",
            ["SelfHelp:Vocabulary:Facets:9:Properties:0"] = "languages",
            ["SelfHelp:Vocabulary:Facets:9:Search"] = "true",
        });
        await restarted.Services.GetRequiredService<ISearchIndexRebuilder>().WaitForPendingAsync();
        var search = restarted.Services.GetRequiredService<ISearchService>();
        var all = TestEngine.Succeeded(await search.SearchAsync(new SearchRequest { Text = "group", Culture = English }));
        var english = TestEngine.Succeeded(await search.SearchAsync(new SearchRequest { Text = "group", Culture = English }.WithFacet("spoken", "english")));

        Assert.Equal([new FacetCount("cantonese", 1), new FacetCount("english", 1), new FacetCount("mandarin", 1)], all.Facets["spoken"]);
        Assert.Equal(["Carers group"], english.Items.Select(i => i.Name));
    }

    [Fact]
    public async Task A_filter_by_a_facet_the_site_does_not_have_is_refused()
    {
        var result = await Search.SearchAsync(new SearchRequest { Text = "group", Culture = English }.WithFacet("colour", "red"));

        Assert.False(result.Succeeded);
        Assert.Equal("colour", Assert.Single(result.Errors).Alias);
    }
}
