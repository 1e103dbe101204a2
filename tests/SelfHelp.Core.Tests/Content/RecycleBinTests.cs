using SelfHelp.Core.Content;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Content;

public sealed class RecycleBinTests : PublishedSiteTest
{

    [Fact]
    public async Task Trashing_takes_the_item_and_its_descendants_offline_into_the_bin()
    {
        var parent = await PublishedPageAsync(Site.Id, "Stories");
        var child = await PublishedPageAsync(parent.Id, "Kwun Tong carers");

        TestEngine.Succeeded(await Engine.Content.MoveToRecycleBinAsync(parent.Id));

        Assert.Null(Engine.Cache.Current.GetByKey(parent.Key));
        Assert.Null(Engine.Cache.Current.GetByKey(child.Key));
        var bin = Assert.Single(await Engine.Content.GetRecycleBinAsync());
        Assert.Equal(parent.Id, bin.Id);
        var trashedChild = (await Engine.Content.GetAsync(child.Id))!;
        Assert.True(trashedChild.Trashed);
        Assert.Equal($"-1,-20,{parent.Id},{child.Id}", trashedChild.Path);
    }

    [Fact]
    public async Task Restoring_puts_the_item_back_under_its_old_parent_unpublished()
    {
        var parent = await PublishedPageAsync(Site.Id, "Stories");
        var child = await PublishedPageAsync(parent.Id, "Kwun Tong carers");
        await Engine.Content.MoveToRecycleBinAsync(child.Id);

        var restored = TestEngine.Succeeded(await Engine.Content.RestoreAsync(child.Id));

        Assert.Equal(parent.Id, restored.ParentId);
        Assert.Equal($"{parent.Path},{child.Id}", restored.Path);
        Assert.False(restored.Trashed);
        Assert.False(restored.IsPublished());
        Assert.Empty(await Engine.Content.GetRecycleBinAsync());
    }

    [Fact]
    public async Task Restoring_when_the_old_parent_is_itself_trashed_is_refused_until_another_parent_is_given()
    {
        var parent = await PublishedPageAsync(Site.Id, "Stories");
        var child = await PublishedPageAsync(parent.Id, "Kwun Tong carers");
        await Engine.Content.MoveToRecycleBinAsync(child.Id);
        await Engine.Content.MoveToRecycleBinAsync(parent.Id);

        var refused = await Engine.Content.RestoreAsync(child.Id);
        var restored = await Engine.Content.RestoreAsync(child.Id, Site.Id);

        Assert.Equal(OperationStatus.NotAllowed, refused.Status);
        Assert.True(restored.Succeeded);
        Assert.Equal(Site.Id, restored.Value!.ParentId);
    }

    [Fact]
    public async Task Emptying_the_bin_deletes_its_items_and_their_history_for_good()
    {
        var parent = await PublishedPageAsync(Site.Id, "Stories");
        var child = await PublishedPageAsync(parent.Id, "Kwun Tong carers");
        var kept = await PublishedPageAsync(Site.Id, "Groups");
        await Engine.Content.MoveToRecycleBinAsync(parent.Id);

        TestEngine.Succeeded(await Engine.Content.EmptyRecycleBinAsync("admin"));

        Assert.Null(await Engine.Content.GetAsync(parent.Id));
        Assert.Null(await Engine.Content.GetAsync(child.Id));
        Assert.Empty(await Engine.Content.GetVersionsAsync(child.Id));
        Assert.NotNull(await Engine.Content.GetAsync(kept.Id));
        Assert.NotNull(Engine.Cache.Current.GetByKey(kept.Key));
    }
}
