using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Search.Querying;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Search;

/// <summary>
/// Changes become searchable once both indexes reach the journal row of the engine call, which returns with its row
/// already applied to the published cache; the wait is on that position, with a timeout only as a failure guard.
/// </summary>
public sealed class IndexUpdateTests : SearchFixture
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Story("Warm up").PublishAsync();
        await FindAsync("warm");
    }

    /// <summary>Searches once both indexes have applied the journal up to the last change made.</summary>
    private async Task<SearchResults> SearchAfterLastChangeAsync(string text)
    {
        var position = Engine.Services.GetRequiredService<JournalApplier>().Position.Value;
        await Indexes.WaitForJournalAsync(position).WaitAsync(Guard);
        return TestEngine.Succeeded(await Search.SearchAsync(new SearchRequest { Text = text, Culture = English }));
    }

    [Fact]
    public async Task A_publish_is_searchable_once_the_indexes_reach_its_journal_row()
    {
        await Story("Carers story").PublishAsync();

        Assert.Equal(1, (await SearchAfterLastChangeAsync("carers")).Total);
    }

    [Fact]
    public async Task An_unpublish_leaves_the_results()
    {
        var story = await Story("Carers story").PublishAsync();
        Assert.Equal(1, (await SearchAfterLastChangeAsync("carers")).Total);

        TestEngine.Succeeded(await Engine.Content.UnpublishAsync(story.Id));

        Assert.Equal(0, (await SearchAfterLastChangeAsync("carers")).Total);
    }

    [Fact]
    public async Task A_delete_leaves_the_results()
    {
        var story = await Story("Carers story").PublishAsync();
        Assert.Equal(1, (await SearchAfterLastChangeAsync("carers")).Total);

        TestEngine.Succeeded(await Engine.Content.DeleteAsync(story.Id));

        Assert.Equal(0, (await SearchAfterLastChangeAsync("carers")).Total);
    }

    [Fact]
    public async Task A_move_changes_the_route_in_the_results()
    {
        var from = TestEngine.Succeeded(await Engine.Content.PublishAsync(await Engine.SavePageAsync(Site.Id, "Old section"), [English]));
        var to = TestEngine.Succeeded(await Engine.Content.PublishAsync(await Engine.SavePageAsync(Site.Id, "New section"), [English]));
        var story = await Story("Carers story", from.Id).PublishAsync();
        Assert.Equal(1, (await SearchAfterLastChangeAsync("carers")).Total);

        TestEngine.Succeeded(await Engine.Content.MoveAsync(story.Id, to.Id));

        Assert.Equal(["/new-section/carers-story/"], (await SearchAfterLastChangeAsync("carers")).Items.Select(i => i.Route));
    }

    [Fact]
    public async Task A_republished_edit_replaces_the_old_words()
    {
        var story = await Story("Carers story").Summary("weekly meetings").PublishAsync();
        Assert.Equal(1, (await SearchAfterLastChangeAsync("weekly")).Total);

        story.SetValue("summary", "monthly meetings", English);
        TestEngine.Succeeded(await Engine.Content.PublishAsync(story, [English]));

        Assert.Equal(1, (await SearchAfterLastChangeAsync("monthly")).Total);
        Assert.Equal(0, (await SearchAfterLastChangeAsync("weekly")).Total);
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
