using SelfHelp.Core.Content;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Publishing;

public sealed class CulturePublishingTests : IAsyncLifetime
{
    private TestEngine _engine = null!;

    public async Task InitializeAsync() => _engine = await TestEngine.StartAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task Publishing_one_culture_leaves_the_other_offline()
    {
        var site = await _engine.PublishSiteAsync();
        var page = await _engine.SavePageAsync(site.Id, "About us", "關於我們");

        TestEngine.Succeeded(await _engine.Content.PublishAsync(page, [English]));

        var live = _engine.Cache.Current.GetByKey(page.Key)!;
        Assert.Equal("/about-us/", live.GetRoute(English));
        Assert.False(live.IsVisibleIn(Chinese));
        Assert.Null(_engine.Cache.Current.GetByRoute("/關於我們/", Chinese));
    }

    [Fact]
    public async Task Chinese_names_keep_their_characters_in_the_route()
    {
        var site = await _engine.PublishSiteAsync();
        var page = await _engine.SavePageAsync(site.Id, "Our story", "深水埗互助小組");

        TestEngine.Succeeded(await _engine.Content.PublishAsync(page, ["*"]));

        Assert.Equal(page.Key, _engine.Cache.Current.GetByRoute("/深水埗互助小組/", Chinese)?.Key);
        Assert.Equal(page.Key, _engine.Cache.Current.GetByRoute("/our-story", English)?.Key);
    }

    [Fact]
    public async Task Unpublishing_a_non_mandatory_culture_keeps_the_other_live()
    {
        var site = await _engine.PublishSiteAsync();
        var page = TestEngine.Succeeded(await _engine.Content.PublishAsync(await _engine.SavePageAsync(site.Id, "Groups", "小組"), ["*"]));

        TestEngine.Succeeded(await _engine.Content.UnpublishAsync(page.Id, Chinese));

        var live = _engine.Cache.Current.GetByKey(page.Key)!;
        Assert.True(live.IsVisibleIn(English));
        Assert.False(live.IsVisibleIn(Chinese));
    }

    [Fact]
    public async Task Unpublishing_the_mandatory_culture_takes_the_whole_item_offline()
    {
        var site = await _engine.PublishSiteAsync();
        var page = TestEngine.Succeeded(await _engine.Content.PublishAsync(await _engine.SavePageAsync(site.Id, "Groups", "小組"), ["*"]));

        TestEngine.Succeeded(await _engine.Content.UnpublishAsync(page.Id, English));

        Assert.Null(_engine.Cache.Current.GetByKey(page.Key));
        Assert.False((await _engine.Content.GetAsync(page.Id))!.IsPublished());
    }

    [Fact]
    public async Task A_saved_draft_is_not_visible_until_published()
    {
        var site = await _engine.PublishSiteAsync();
        var page = TestEngine.Succeeded(await _engine.Content.PublishAsync(await _engine.SavePageAsync(site.Id, "Workshops"), [English]));

        page.SetValue("title", "Workshops (draft edit)", English);
        TestEngine.Succeeded(await _engine.Content.SaveAsync(page));

        var live = _engine.Cache.Current.GetByKey(page.Key)!;
        Assert.Equal("Workshops title", live.GetValue<string>("title", English));
        Assert.True((await _engine.Content.GetAsync(page.Id))!.IsEdited(English));

        TestEngine.Succeeded(await _engine.Content.PublishAsync(page, [English]));
        Assert.Equal("Workshops (draft edit)", _engine.Cache.Current.GetByKey(page.Key)!.GetValue<string>("title", English));
    }

    [Fact]
    public async Task A_child_cannot_be_published_before_its_parent()
    {
        var site = await _engine.PublishSiteAsync();
        var parent = await _engine.SavePageAsync(site.Id, "Parent");
        var child = await _engine.SavePageAsync(parent.Id, "Child");

        var result = await _engine.Content.PublishAsync(child, [English]);

        Assert.Equal(OperationStatus.ParentNotPublished, result.Status);
    }

    [Fact]
    public async Task Unpublishing_a_parent_hides_its_published_children()
    {
        var site = await _engine.PublishSiteAsync();
        var parent = TestEngine.Succeeded(await _engine.Content.PublishAsync(await _engine.SavePageAsync(site.Id, "Parent"), [English]));
        var child = TestEngine.Succeeded(await _engine.Content.PublishAsync(await _engine.SavePageAsync(parent.Id, "Child"), [English]));
        Assert.Equal("/parent/child/", _engine.Cache.Current.GetByKey(child.Key)!.GetRoute(English));

        TestEngine.Succeeded(await _engine.Content.UnpublishAsync(parent.Id));

        Assert.Null(_engine.Cache.Current.GetByKey(child.Key));
        Assert.True((await _engine.Content.GetAsync(child.Id))!.IsPublished(English));
    }
}
