using SelfHelp.Core.Content;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.PublishedCache;

public sealed class PublishedCacheTests : IAsyncLifetime
{
    private TestEngine _engine = null!;
    private ContentItem _site = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        _site = await _engine.PublishSiteAsync();
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private async Task<ContentItem> PublishedPageAsync(int parentId, string name, string? chineseName = null) =>
        TestEngine.Succeeded(await _engine.Content.PublishAsync(await _engine.SavePageAsync(parentId, name, chineseName), ["*"]));

    [Fact]
    public async Task A_publish_swaps_in_a_new_snapshot_while_readers_keep_the_one_they_hold()
    {
        var page = await PublishedPageAsync(_site.Id, "Districts");
        var held = _engine.Cache.Current;

        page.SetValue("title", "Eighteen districts", English);
        TestEngine.Succeeded(await _engine.Content.PublishAsync(page, [English]));

        Assert.Equal("Districts title", held.GetByKey(page.Key)!.GetValue<string>("title", English));
        Assert.Equal("Eighteen districts", _engine.Cache.Current.GetByKey(page.Key)!.GetValue<string>("title", English));
        Assert.True(_engine.Cache.Current.Generation > held.Generation);
    }

    [Fact]
    public async Task Items_untouched_by_a_publish_keep_the_same_published_object()
    {
        var untouched = await PublishedPageAsync(_site.Id, "Glossary");
        var page = await PublishedPageAsync(_site.Id, "Districts");
        var before = _engine.Cache.Current.GetByKey(untouched.Key);

        page.SetValue("title", "Changed", English);
        await _engine.Content.PublishAsync(page, [English]);

        Assert.Same(before, _engine.Cache.Current.GetByKey(untouched.Key));
    }

    [Fact]
    public async Task Incremental_updates_end_in_the_same_state_as_a_full_rebuild()
    {
        var stories = await PublishedPageAsync(_site.Id, "Stories", "故事");
        var groups = await PublishedPageAsync(_site.Id, "Groups", "小組");
        var story = await PublishedPageAsync(stories.Id, "Carers", "照顧者");
        var draft = await _engine.SavePageAsync(groups.Id, "Draft group");
        await _engine.Content.MoveAsync(story.Id, groups.Id);
        await _engine.Content.UnpublishAsync(stories.Id, Chinese);
        var trashed = await PublishedPageAsync(stories.Id, "Old");
        await _engine.Content.MoveToRecycleBinAsync(trashed.Id);
        groups.SetName("Self-help groups", English);
        await _engine.Content.PublishAsync(groups, [English]);

        var incremental = Describe(_engine.Cache.Current);
        await _engine.Cache.RebuildAsync();

        Assert.Equal(Describe(_engine.Cache.Current), incremental);
        Assert.DoesNotContain(incremental, line => line.StartsWith($"{draft.Id} ") || line.StartsWith($"{trashed.Id} "));
        Assert.Contains(incremental, line => line.StartsWith($"{story.Id} {English} /self-help-groups/carers/ "));
    }

    [Fact]
    public async Task Routes_are_found_in_either_case_and_with_or_without_the_trailing_slash()
    {
        var page = await PublishedPageAsync(_site.Id, "Volunteer Hub");

        Assert.Equal(page.Key, _engine.Cache.Current.GetByRoute("/Volunteer-Hub", English)?.Key);
        Assert.Equal(_site.Key, _engine.Cache.Current.GetByRoute("/", Chinese)?.Key);
    }

    private static List<string> Describe(PublishedSnapshot snapshot) =>
        snapshot.All
            .SelectMany(c => c.Cultures.Values.Select(v => $"{c.Id} {v.Culture} {v.Route} {v.Name} {c.GetValue("title", v.Culture)}"))
            .Order(StringComparer.Ordinal)
            .ToList();
}
