using SelfHelp.Core.Content;
using SelfHelp.Core.Redirects;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Content;

public sealed class TreeTests : PublishedSiteTest
{
    private IRedirectUrlService Redirects => Engine.Services.GetRequiredService<IRedirectUrlService>();


    [Fact]
    public async Task Moving_rewrites_path_and_level_of_the_whole_subtree_and_its_routes()
    {
        var stories = await PublishedPageAsync(Site.Id, "Stories");
        var archive = await PublishedPageAsync(Site.Id, "Archive");
        var story = await PublishedPageAsync(stories.Id, "Carers");
        var excerpt = await PublishedPageAsync(story.Id, "Excerpt");

        TestEngine.Succeeded(await Engine.Content.MoveAsync(story.Id, archive.Id));

        var moved = (await Engine.Content.GetAsync(excerpt.Id))!;
        Assert.Equal($"{archive.Path},{story.Id},{excerpt.Id}", moved.Path);
        Assert.Equal(4, moved.Level);
        Assert.Equal("/archive/carers/excerpt/", Engine.Cache.Current.GetByKey(excerpt.Key)!.GetRoute(English));
        Assert.Null(Engine.Cache.Current.GetByRoute("/stories/carers/", English));
    }

    [Fact]
    public async Task Moving_records_the_old_urls_of_the_item_and_its_descendants_per_culture()
    {
        var stories = await PublishedPageAsync(Site.Id, "Stories", "故事");
        var archive = await PublishedPageAsync(Site.Id, "Archive", "檔案");
        var story = await PublishedPageAsync(stories.Id, "Carers", "照顧者");
        var excerpt = await PublishedPageAsync(story.Id, "Excerpt", "摘錄");

        await Engine.Content.MoveAsync(story.Id, archive.Id);

        Assert.Equal(story.Key, (await Redirects.FindMovedAsync("/stories/carers/", English))?.Key);
        Assert.Equal(excerpt.Key, (await Redirects.FindMovedAsync("/故事/照顧者/摘錄/", Chinese))?.Key);
        Assert.Null(await Redirects.FindMovedAsync("/stories/carers/", Chinese));
    }

    [Fact]
    public async Task Renaming_and_republishing_records_the_old_url()
    {
        var page = await PublishedPageAsync(Site.Id, "Volunteer", "義工");

        page.SetName("Volunteer network", English);
        TestEngine.Succeeded(await Engine.Content.PublishAsync(page, [English]));

        Assert.Equal("/volunteer-network/", Engine.Cache.Current.GetByKey(page.Key)!.GetRoute(English));
        Assert.Equal(page.Key, (await Redirects.FindMovedAsync("/volunteer/", English))?.Key);
        Assert.DoesNotContain(await Redirects.GetForContentAsync(page.Key), r => r.Culture == Chinese);
    }

    [Fact]
    public async Task Moving_back_removes_the_redirect_that_would_shadow_the_live_route()
    {
        var stories = await PublishedPageAsync(Site.Id, "Stories");
        var archive = await PublishedPageAsync(Site.Id, "Archive");
        var story = await PublishedPageAsync(stories.Id, "Carers");

        await Engine.Content.MoveAsync(story.Id, archive.Id);
        await Engine.Content.MoveAsync(story.Id, stories.Id);

        var redirects = await Redirects.GetForContentAsync(story.Key);
        Assert.Equal(["/archive/carers/"], redirects.Where(r => r.Culture == English).Select(r => r.OldRoute));
    }

    [Fact]
    public async Task An_item_cannot_be_moved_beneath_itself()
    {
        var stories = await PublishedPageAsync(Site.Id, "Stories");
        var story = await PublishedPageAsync(stories.Id, "Carers");

        var result = await Engine.Content.MoveAsync(stories.Id, story.Id);

        Assert.Equal(OperationStatus.NotAllowed, result.Status);
        Assert.Equal(Site.Id, (await Engine.Content.GetAsync(stories.Id))!.ParentId);
    }

    [Fact]
    public async Task Sorting_changes_the_order_children_are_read_in_and_published_in()
    {
        var a = await PublishedPageAsync(Site.Id, "Alpha");
        var b = await PublishedPageAsync(Site.Id, "Beta");
        var c = await PublishedPageAsync(Site.Id, "Gamma");

        TestEngine.Succeeded(await Engine.Content.SortAsync(Site.Id, [c.Id, a.Id]));

        Assert.Equal([c.Id, a.Id, b.Id], (await Engine.Content.GetChildrenAsync(Site.Id)).Select(x => x.Id));
        Assert.Equal([c.Id, a.Id, b.Id], Engine.Cache.Current.GetChildren(Site.Id).Select(x => x.Id));
    }
}
