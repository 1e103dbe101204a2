using SelfHelp.Core.Content;
using SelfHelp.Core.Redirects;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Content;

public sealed class TreeTests : IAsyncLifetime
{
    private TestEngine _engine = null!;
    private ContentItem _site = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        _site = await _engine.PublishSiteAsync();
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private IRedirectUrlService Redirects => _engine.Services.GetRequiredService<IRedirectUrlService>();

    private async Task<ContentItem> PublishedPageAsync(int parentId, string name, string? chineseName = null) =>
        TestEngine.Succeeded(await _engine.Content.PublishAsync(await _engine.SavePageAsync(parentId, name, chineseName), ["*"]));

    [Fact]
    public async Task Moving_rewrites_path_and_level_of_the_whole_subtree_and_its_routes()
    {
        var stories = await PublishedPageAsync(_site.Id, "Stories");
        var archive = await PublishedPageAsync(_site.Id, "Archive");
        var story = await PublishedPageAsync(stories.Id, "Carers");
        var excerpt = await PublishedPageAsync(story.Id, "Excerpt");

        TestEngine.Succeeded(await _engine.Content.MoveAsync(story.Id, archive.Id));

        var moved = (await _engine.Content.GetAsync(excerpt.Id))!;
        Assert.Equal($"{archive.Path},{story.Id},{excerpt.Id}", moved.Path);
        Assert.Equal(4, moved.Level);
        Assert.Equal("/archive/carers/excerpt/", _engine.Cache.Current.GetByKey(excerpt.Key)!.GetRoute(English));
        Assert.Null(_engine.Cache.Current.GetByRoute("/stories/carers/", English));
    }

    [Fact]
    public async Task Moving_records_the_old_urls_of_the_item_and_its_descendants_per_culture()
    {
        var stories = await PublishedPageAsync(_site.Id, "Stories", "故事");
        var archive = await PublishedPageAsync(_site.Id, "Archive", "檔案");
        var story = await PublishedPageAsync(stories.Id, "Carers", "照顧者");
        var excerpt = await PublishedPageAsync(story.Id, "Excerpt", "摘錄");

        await _engine.Content.MoveAsync(story.Id, archive.Id);

        Assert.Equal(story.Key, (await Redirects.FindMovedAsync("/stories/carers/", English))?.Key);
        Assert.Equal(excerpt.Key, (await Redirects.FindMovedAsync("/故事/照顧者/摘錄/", Chinese))?.Key);
        Assert.Null(await Redirects.FindMovedAsync("/stories/carers/", Chinese));
    }

    [Fact]
    public async Task Renaming_and_republishing_records_the_old_url()
    {
        var page = await PublishedPageAsync(_site.Id, "Volunteer", "義工");

        page.SetName("Volunteer network", English);
        TestEngine.Succeeded(await _engine.Content.PublishAsync(page, [English]));

        Assert.Equal("/volunteer-network/", _engine.Cache.Current.GetByKey(page.Key)!.GetRoute(English));
        Assert.Equal(page.Key, (await Redirects.FindMovedAsync("/volunteer/", English))?.Key);
        Assert.DoesNotContain(await Redirects.GetForContentAsync(page.Key), r => r.Culture == Chinese);
    }

    [Fact]
    public async Task Moving_back_removes_the_redirect_that_would_shadow_the_live_route()
    {
        var stories = await PublishedPageAsync(_site.Id, "Stories");
        var archive = await PublishedPageAsync(_site.Id, "Archive");
        var story = await PublishedPageAsync(stories.Id, "Carers");

        await _engine.Content.MoveAsync(story.Id, archive.Id);
        await _engine.Content.MoveAsync(story.Id, stories.Id);

        var redirects = await Redirects.GetForContentAsync(story.Key);
        Assert.Equal(["/archive/carers/"], redirects.Where(r => r.Culture == English).Select(r => r.OldRoute));
    }

    [Fact]
    public async Task An_item_cannot_be_moved_beneath_itself()
    {
        var stories = await PublishedPageAsync(_site.Id, "Stories");
        var story = await PublishedPageAsync(stories.Id, "Carers");

        var result = await _engine.Content.MoveAsync(stories.Id, story.Id);

        Assert.Equal(OperationStatus.NotAllowed, result.Status);
        Assert.Equal(_site.Id, (await _engine.Content.GetAsync(stories.Id))!.ParentId);
    }

    [Fact]
    public async Task Sorting_changes_the_order_children_are_read_in_and_published_in()
    {
        var a = await PublishedPageAsync(_site.Id, "Alpha");
        var b = await PublishedPageAsync(_site.Id, "Beta");
        var c = await PublishedPageAsync(_site.Id, "Gamma");

        TestEngine.Succeeded(await _engine.Content.SortAsync(_site.Id, [c.Id, a.Id]));

        Assert.Equal([c.Id, a.Id, b.Id], (await _engine.Content.GetChildrenAsync(_site.Id)).Select(x => x.Id));
        Assert.Equal([c.Id, a.Id, b.Id], _engine.Cache.Current.GetChildren(_site.Id).Select(x => x.Id));
    }
}
