using SelfHelp.Core.Content;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.PublishedCache;

public sealed class PublishedCacheTests : PublishedSiteTest
{

    [Fact]
    public async Task A_publish_swaps_in_a_new_snapshot_while_readers_keep_the_one_they_hold()
    {
        var page = await PublishedPageAsync(Site.Id, "Districts");
        var held = Engine.Cache.Current;

        page.SetValue("title", "Eighteen districts", English);
        TestEngine.Succeeded(await Engine.Content.PublishAsync(page, [English]));

        Assert.Equal("Districts title", held.GetByKey(page.Key)!.GetValue<string>("title", English));
        Assert.Equal("Eighteen districts", Engine.Cache.Current.GetByKey(page.Key)!.GetValue<string>("title", English));
        Assert.True(Engine.Cache.Current.Generation > held.Generation);
    }

    [Fact]
    public async Task Items_untouched_by_a_publish_keep_the_same_published_object()
    {
        var untouched = await PublishedPageAsync(Site.Id, "Glossary");
        var page = await PublishedPageAsync(Site.Id, "Districts");
        var before = Engine.Cache.Current.GetByKey(untouched.Key);

        page.SetValue("title", "Changed", English);
        await Engine.Content.PublishAsync(page, [English]);

        Assert.Same(before, Engine.Cache.Current.GetByKey(untouched.Key));
    }

    [Fact]
    public async Task Incremental_updates_end_in_the_same_state_as_a_full_rebuild()
    {
        var stories = await PublishedPageAsync(Site.Id, "Stories", "故事");
        var groups = await PublishedPageAsync(Site.Id, "Groups", "小組");
        var story = await PublishedPageAsync(stories.Id, "Carers", "照顧者");
        var draft = await Engine.SavePageAsync(groups.Id, "Draft group");
        await Engine.Content.MoveAsync(story.Id, groups.Id);
        await Engine.Content.UnpublishAsync(stories.Id, Chinese);
        var trashed = await PublishedPageAsync(stories.Id, "Old");
        await Engine.Content.MoveToRecycleBinAsync(trashed.Id);
        groups.SetName("Self-help groups", English);
        await Engine.Content.PublishAsync(groups, [English]);

        var incremental = SnapshotDescription.Of(Engine.Cache.Current);
        await Engine.Cache.RebuildAsync();

        Assert.Equal(SnapshotDescription.Of(Engine.Cache.Current), incremental);
        Assert.DoesNotContain(incremental, line => line.StartsWith($"{draft.Id} ") || line.StartsWith($"{trashed.Id} "));
        Assert.Contains(incremental, line => line.StartsWith($"{story.Id} {English} /self-help-groups/carers/ "));
    }

    [Fact]
    public async Task Routes_are_found_in_either_case_and_with_or_without_the_trailing_slash()
    {
        var page = await PublishedPageAsync(Site.Id, "Volunteer Hub");

        Assert.Equal(page.Key, Engine.Cache.Current.GetByRoute("/Volunteer-Hub", English)?.Key);
        Assert.Equal(Site.Key, Engine.Cache.Current.GetByRoute("/", Chinese)?.Key);
    }
}
