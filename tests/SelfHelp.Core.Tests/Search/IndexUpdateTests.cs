using System.Diagnostics;
using SelfHelp.Core.Search.Querying;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Search;

/// <summary>Changes become searchable within a second of the engine call returning, without waiting on the queue.</summary>
public sealed class IndexUpdateTests : SearchFixture
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(1);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // Warm the query and indexing paths, so the timings below measure upkeep rather than start-up work.
        await Story("Warm up").PublishAsync();
        await FindAsync("warm");
    }

    /// <summary>Polls the search until it satisfies the condition, failing if that takes longer than the deadline.</summary>
    private async Task<SearchResults> WithinDeadlineAsync(string text, Func<SearchResults, bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var results = TestEngine.Succeeded(await Search.SearchAsync(new SearchRequest { Text = text, Culture = English }));
            if (condition(results))
            {
                return results;
            }
            Assert.True(clock.Elapsed < Deadline, $"The change was not searchable within {Deadline.TotalSeconds} s.");
            await Task.Delay(10);
        }
    }

    [Fact]
    public async Task A_publish_is_searchable_within_a_second()
    {
        await Story("Carers story").PublishAsync();

        await WithinDeadlineAsync("carers", r => r.Total == 1);
    }

    [Fact]
    public async Task An_unpublish_leaves_the_results_within_a_second()
    {
        var story = await Story("Carers story").PublishAsync();
        await WithinDeadlineAsync("carers", r => r.Total == 1);

        TestEngine.Succeeded(await Engine.Content.UnpublishAsync(story.Id));

        await WithinDeadlineAsync("carers", r => r.Total == 0);
    }

    [Fact]
    public async Task A_delete_leaves_the_results_within_a_second()
    {
        var story = await Story("Carers story").PublishAsync();
        await WithinDeadlineAsync("carers", r => r.Total == 1);

        TestEngine.Succeeded(await Engine.Content.DeleteAsync(story.Id));

        await WithinDeadlineAsync("carers", r => r.Total == 0);
    }

    [Fact]
    public async Task A_move_changes_the_route_in_the_results_within_a_second()
    {
        var from = TestEngine.Succeeded(await Engine.Content.PublishAsync(await Engine.SavePageAsync(Site.Id, "Old section"), [English]));
        var to = TestEngine.Succeeded(await Engine.Content.PublishAsync(await Engine.SavePageAsync(Site.Id, "New section"), [English]));
        var story = await Story("Carers story", from.Id).PublishAsync();
        await WithinDeadlineAsync("carers", r => r.Total == 1);

        TestEngine.Succeeded(await Engine.Content.MoveAsync(story.Id, to.Id));

        await WithinDeadlineAsync("carers", r => r.Items is [{ Route: "/new-section/carers-story/" }]);
    }

    [Fact]
    public async Task A_republished_edit_replaces_the_old_words_within_a_second()
    {
        var story = await Story("Carers story").Summary("weekly meetings").PublishAsync();
        await WithinDeadlineAsync("weekly", r => r.Total == 1);

        story.SetValue("summary", "monthly meetings", English);
        TestEngine.Succeeded(await Engine.Content.PublishAsync(story, [English]));

        await WithinDeadlineAsync("monthly", r => r.Total == 1);
        await WithinDeadlineAsync("weekly", r => r.Total == 0);
    }

    [Fact]
    public async Task A_burst_of_two_hundred_publishes_is_all_indexed()
    {
        var publishes = Enumerable.Range(1, 200).Select(i => Story($"Burst story {i}").Summary("burst").PublishAsync());
        await Task.WhenAll(publishes);

        var results = await FindAsync("burst");

        Assert.Equal(200, results.Total);
        Assert.Equal(200, results.Facets.ContentTypes.Single().Count);
    }
}
