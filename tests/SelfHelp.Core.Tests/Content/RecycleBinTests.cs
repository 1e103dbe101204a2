using SelfHelp.Core.Content;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Content;

public sealed class RecycleBinTests : IAsyncLifetime
{
    private TestEngine _engine = null!;
    private ContentItem _site = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        _site = await _engine.PublishSiteAsync();
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private async Task<ContentItem> PublishedPageAsync(int parentId, string name) =>
        TestEngine.Succeeded(await _engine.Content.PublishAsync(await _engine.SavePageAsync(parentId, name), [English]));

    [Fact]
    public async Task Trashing_takes_the_item_and_its_descendants_offline_into_the_bin()
    {
        var parent = await PublishedPageAsync(_site.Id, "Stories");
        var child = await PublishedPageAsync(parent.Id, "Kwun Tong carers");

        TestEngine.Succeeded(await _engine.Content.MoveToRecycleBinAsync(parent.Id));

        Assert.Null(_engine.Cache.Current.GetByKey(parent.Key));
        Assert.Null(_engine.Cache.Current.GetByKey(child.Key));
        var bin = Assert.Single(await _engine.Content.GetRecycleBinAsync());
        Assert.Equal(parent.Id, bin.Id);
        var trashedChild = (await _engine.Content.GetAsync(child.Id))!;
        Assert.True(trashedChild.Trashed);
        Assert.Equal($"-1,-20,{parent.Id},{child.Id}", trashedChild.Path);
    }

    [Fact]
    public async Task Restoring_puts_the_item_back_under_its_old_parent_unpublished()
    {
        var parent = await PublishedPageAsync(_site.Id, "Stories");
        var child = await PublishedPageAsync(parent.Id, "Kwun Tong carers");
        await _engine.Content.MoveToRecycleBinAsync(child.Id);

        var restored = TestEngine.Succeeded(await _engine.Content.RestoreAsync(child.Id));

        Assert.Equal(parent.Id, restored.ParentId);
        Assert.Equal($"{parent.Path},{child.Id}", restored.Path);
        Assert.False(restored.Trashed);
        Assert.False(restored.IsPublished());
        Assert.Empty(await _engine.Content.GetRecycleBinAsync());
    }

    [Fact]
    public async Task Restoring_when_the_old_parent_is_itself_trashed_is_refused_until_another_parent_is_given()
    {
        var parent = await PublishedPageAsync(_site.Id, "Stories");
        var child = await PublishedPageAsync(parent.Id, "Kwun Tong carers");
        await _engine.Content.MoveToRecycleBinAsync(child.Id);
        await _engine.Content.MoveToRecycleBinAsync(parent.Id);

        var refused = await _engine.Content.RestoreAsync(child.Id);
        var restored = await _engine.Content.RestoreAsync(child.Id, _site.Id);

        Assert.Equal(OperationStatus.NotAllowed, refused.Status);
        Assert.True(restored.Succeeded);
        Assert.Equal(_site.Id, restored.Value!.ParentId);
    }

    [Fact]
    public async Task Emptying_the_bin_deletes_its_items_and_their_history_for_good()
    {
        var parent = await PublishedPageAsync(_site.Id, "Stories");
        var child = await PublishedPageAsync(parent.Id, "Kwun Tong carers");
        var kept = await PublishedPageAsync(_site.Id, "Groups");
        await _engine.Content.MoveToRecycleBinAsync(parent.Id);

        TestEngine.Succeeded(await _engine.Content.EmptyRecycleBinAsync("admin"));

        Assert.Null(await _engine.Content.GetAsync(parent.Id));
        Assert.Null(await _engine.Content.GetAsync(child.Id));
        Assert.Empty(await _engine.Content.GetVersionsAsync(child.Id));
        Assert.NotNull(await _engine.Content.GetAsync(kept.Id));
        Assert.NotNull(_engine.Cache.Current.GetByKey(kept.Key));
    }
}
