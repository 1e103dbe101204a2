using SelfHelp.Core.Content;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.PublishedCache;

/// <summary>
/// Tree changes applied incrementally: each test checks the routes a change should move and then that the
/// incremental snapshot answers every route exactly as a snapshot rebuilt from storage does.
/// </summary>
public sealed class IncrementalSnapshotTests : PublishedSiteTest
{
    [Fact]
    public async Task Moving_a_subtree_moves_every_route_below_it()
    {
        var stories = await PublishedPageAsync(Site.Id, "Stories", "故事");
        var groups = await PublishedPageAsync(Site.Id, "Groups", "小組");
        var carers = await PublishedPageAsync(stories.Id, "Carers", "照顧者");
        var interview = await PublishedPageAsync(carers.Id, "Interview", "訪問");

        TestEngine.Succeeded(await Engine.Content.MoveAsync(carers.Id, groups.Id));

        var snapshot = Engine.Cache.Current;
        Assert.Equal(interview.Key, snapshot.GetByRoute("/groups/carers/interview/", English)?.Key);
        Assert.Equal(interview.Key, snapshot.GetByRoute("/小組/照顧者/訪問/", Chinese)?.Key);
        Assert.Null(snapshot.GetByRoute("/stories/carers/interview/", English));
        Assert.Empty(snapshot.GetChildren(stories.Id));
        Assert.Equal([carers.Key], snapshot.GetChildren(groups.Id).Select(c => c.Key));
        await AssertSameAsRebuildAsync();
    }

    [Fact]
    public async Task Renaming_a_parent_changes_its_childrens_routes_and_nothing_else()
    {
        var stories = await PublishedPageAsync(Site.Id, "Stories", "故事");
        var glossary = await PublishedPageAsync(Site.Id, "Glossary");
        var story = await PublishedPageAsync(stories.Id, "Carers", "照顧者");
        var untouched = Engine.Cache.Current.GetById(glossary.Id);

        stories.SetName("Oral histories", English);
        TestEngine.Succeeded(await Engine.Content.PublishAsync(stories, [English]));

        var snapshot = Engine.Cache.Current;
        Assert.Equal("/oral-histories/carers/", snapshot.GetById(story.Id)!.GetRoute(English));
        Assert.Equal("/故事/照顧者/", snapshot.GetById(story.Id)!.GetRoute(Chinese));
        Assert.Same(untouched, snapshot.GetById(glossary.Id));
        await AssertSameAsRebuildAsync();
    }

    [Fact]
    public async Task Unpublishing_a_parent_hides_its_children_until_it_is_published_again()
    {
        var stories = await PublishedPageAsync(Site.Id, "Stories", "故事");
        var story = await PublishedPageAsync(stories.Id, "Carers", "照顧者");

        TestEngine.Succeeded(await Engine.Content.UnpublishAsync(stories.Id, Chinese));
        Assert.False(Engine.Cache.Current.GetById(story.Id)!.IsVisibleIn(Chinese));
        Assert.Null(Engine.Cache.Current.GetByRoute("/故事/照顧者/", Chinese));

        TestEngine.Succeeded(await Engine.Content.UnpublishAsync(stories.Id));
        Assert.Null(Engine.Cache.Current.GetById(story.Id));
        await AssertSameAsRebuildAsync();

        TestEngine.Succeeded(await Engine.Content.PublishAsync((await Engine.Content.GetAsync(stories.Id))!, ["*"]));
        Assert.Equal(story.Key, Engine.Cache.Current.GetByRoute("/故事/照顧者/", Chinese)?.Key);
        await AssertSameAsRebuildAsync();
    }

    [Fact]
    public async Task A_route_two_pages_claim_goes_to_the_first_by_path_and_passes_on_when_it_leaves()
    {
        var first = await PublishedPageAsync(Site.Id, "Same");
        var second = await PublishedPageAsync(Site.Id, "Same");
        var winner = string.CompareOrdinal(first.Path, second.Path) < 0 ? first : second;
        var other = winner == first ? second : first;

        Assert.Equal(winner.Key, Engine.Cache.Current.GetByRoute("/same/", English)?.Key);
        await AssertSameAsRebuildAsync();

        TestEngine.Succeeded(await Engine.Content.UnpublishAsync(winner.Id));
        Assert.Equal(other.Key, Engine.Cache.Current.GetByRoute("/same/", English)?.Key);
        await AssertSameAsRebuildAsync();
    }

    [Fact]
    public async Task The_recycle_bin_takes_a_subtree_out_and_restore_brings_it_back()
    {
        var stories = await PublishedPageAsync(Site.Id, "Stories", "故事");
        var story = await PublishedPageAsync(stories.Id, "Carers", "照顧者");
        var interview = await PublishedPageAsync(story.Id, "Interview");

        TestEngine.Succeeded(await Engine.Content.MoveToRecycleBinAsync(stories.Id));
        Assert.Null(Engine.Cache.Current.GetById(interview.Id));
        Assert.Empty(Engine.Cache.Current.GetChildren(Site.Id));
        await AssertSameAsRebuildAsync();

        TestEngine.Succeeded(await Engine.Content.RestoreAsync(stories.Id));
        await AssertSameAsRebuildAsync();
    }

    [Fact]
    public async Task Sorting_the_roots_gives_the_home_route_to_the_new_first_root()
    {
        var second = await Engine.PublishSiteAsync("Second site");
        var page = await PublishedPageAsync(second.Id, "About");

        TestEngine.Succeeded(await Engine.Content.SortAsync(ContentItem.RootId, [second.Id, Site.Id]));

        var snapshot = Engine.Cache.Current;
        Assert.Equal(second.Key, snapshot.GetByRoute("/", English)?.Key);
        Assert.Equal(page.Key, snapshot.GetByRoute("/about/", English)?.Key);
        Assert.Equal(Site.Key, snapshot.GetByRoute("/site/", English)?.Key);
        Assert.Equal([second.Key, Site.Key], snapshot.GetChildren(ContentItem.RootId).Select(c => c.Key));
        await AssertSameAsRebuildAsync();
    }

    [Fact]
    public async Task A_refresh_naming_only_a_moved_item_brings_its_subtree_along()
    {
        var stories = await PublishedPageAsync(Site.Id, "Stories");
        var groups = await PublishedPageAsync(Site.Id, "Groups");
        var story = await PublishedPageAsync(stories.Id, "Carers");
        var interview = await PublishedPageAsync(story.Id, "Interview");
        TestEngine.Succeeded(await Engine.Content.MoveAsync(story.Id, groups.Id));
        await Engine.Cache.RebuildAsync();
        TestEngine.Succeeded(await Engine.Content.MoveAsync(story.Id, stories.Id));

        // A change journal may name only the item that moved; the refresh finds the rest of the subtree itself.
        await Engine.Cache.RefreshAsync([story.Id]);

        Assert.Equal(interview.Key, Engine.Cache.Current.GetByRoute("/stories/carers/interview/", English)?.Key);
        await AssertSameAsRebuildAsync();
    }

    private async Task AssertSameAsRebuildAsync()
    {
        var incremental = SnapshotDescription.Of(Engine.Cache.Current);
        await Engine.Cache.RebuildAsync();
        Assert.Equal(SnapshotDescription.Of(Engine.Cache.Current), incremental);
    }
}
