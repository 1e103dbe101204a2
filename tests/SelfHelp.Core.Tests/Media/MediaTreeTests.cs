using SelfHelp.Core.Content;
using SelfHelp.Core.Media;
using SelfHelp.Core.Tests.Testing;
using MediaProperties = Umbraco.Cms.Core.Constants.Conventions.Media;
using MediaTypes = Umbraco.Cms.Core.Constants.Conventions.MediaTypes;

namespace SelfHelp.Core.Tests.Media;

public sealed class MediaTreeTests : IAsyncLifetime
{
    private TestEngine _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        await TestMediaSchema.InstallAsync(_engine.DataTypes, _engine.ContentTypes);
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private async Task<ContentItem> FolderAsync(string name, int parentId = ContentItem.RootId) =>
        TestEngine.Succeeded(await _engine.Media.SaveAsync(await _engine.Media.CreateAsync(name, parentId, MediaTypes.Folder)));

    private async Task<ContentItem> ImageAsync(int parentId, string fileName = "photo.png") =>
        TestEngine.Succeeded(await _engine.Media.CreateMediaAsync(TestFiles.Image(40, 30), fileName, parentId));

    private string PhysicalPathOf(ContentItem image) =>
        Path.Combine(_engine.Folder, "App_Data", "media", ImageCropperValue.From(image.GetValue(MediaProperties.File))!.Src["/media/".Length..]);

    [Fact]
    public async Task Folders_hold_media_and_keep_them_in_order()
    {
        var stories = await FolderAsync("Story photos");
        var second = await ImageAsync(stories.Id, "second.png");
        var first = await ImageAsync(stories.Id, "first.png");

        TestEngine.Succeeded(await _engine.Media.SortAsync(stories.Id, [first.Id, second.Id]));

        var children = await _engine.Media.GetChildrenAsync(stories.Id);
        Assert.Equal(["first", "second"], children.Select(c => c.GetName()));
        Assert.Equal($"-1,{stories.Id},{first.Id}", children[0].Path);
        Assert.Equal([first.Key, second.Key], _engine.Cache.Current.GetChildren(stories.Id, NodeObjectType.Media).Select(c => c.Key));
    }

    [Fact]
    public async Task Only_folders_can_hold_media_items()
    {
        var image = await ImageAsync(ContentItem.RootId);

        var result = await _engine.Media.CreateMediaAsync(TestFiles.Image(10, 10), "inside.png", image.Id);

        Assert.Equal(OperationStatus.NotAllowed, result.Status);
        Assert.Contains("not allowed beneath", result.Message);
        Assert.Single(Directory.GetFiles(Path.Combine(_engine.Folder, "App_Data", "media"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Media_and_documents_live_in_separate_trees()
    {
        await ImageAsync(ContentItem.RootId);
        await _engine.PublishSiteAsync();

        Assert.Equal([MediaTypes.Image], (await _engine.Media.GetChildrenAsync(ContentItem.RootId)).Select(m => m.ContentTypeAlias));
        Assert.Equal(["site"], (await _engine.Content.GetChildrenAsync(ContentItem.RootId)).Select(c => c.ContentTypeAlias));
        await Assert.ThrowsAsync<ArgumentException>(() => _engine.Media.CreateAsync("Not media", ContentItem.RootId, "page"));
    }

    [Fact]
    public async Task Trashing_a_folder_takes_its_media_offline_and_restoring_brings_them_back_with_their_files()
    {
        var folder = await FolderAsync("District committee papers");
        var image = await ImageAsync(folder.Id);

        TestEngine.Succeeded(await _engine.Media.MoveToRecycleBinAsync(folder.Id));

        Assert.Null(_engine.Cache.Current.GetByKey(image.Key));
        Assert.Equal([folder.Id], (await _engine.Media.GetRecycleBinAsync()).Select(m => m.Id));
        Assert.Equal($"-1,{ContentItem.MediaRecycleBinId},{folder.Id},{image.Id}", (await _engine.Media.GetAsync(image.Id))!.Path);
        Assert.True(File.Exists(PhysicalPathOf(image)));

        TestEngine.Succeeded(await _engine.Media.RestoreAsync(folder.Id));

        Assert.NotNull(_engine.Cache.Current.GetByKey(image.Key));
        Assert.Empty(await _engine.Media.GetRecycleBinAsync());
        Assert.Equal($"-1,{folder.Id},{image.Id}", (await _engine.Media.GetAsync(image.Id))!.Path);
    }

    [Fact]
    public async Task Deleting_a_media_item_for_good_removes_its_file()
    {
        var image = await ImageAsync(ContentItem.RootId);
        var kept = await ImageAsync(ContentItem.RootId, "kept.png");

        TestEngine.Succeeded(await _engine.Media.DeleteAsync(image.Id));

        Assert.Null(await _engine.Media.GetAsync(image.Id));
        Assert.Null(_engine.Cache.Current.GetByKey(image.Key));
        Assert.False(File.Exists(PhysicalPathOf(image)));
        Assert.True(File.Exists(PhysicalPathOf(kept)));
    }

    [Fact]
    public async Task A_file_another_media_item_still_names_is_kept_when_one_of_them_is_deleted()
    {
        var original = await ImageAsync(ContentItem.RootId);
        var copy = await _engine.Media.CreateAsync("Same photo, second folder", ContentItem.RootId, MediaTypes.Image);
        copy.SetValue(MediaProperties.File, original.GetValue(MediaProperties.File));
        TestEngine.Succeeded(await _engine.Media.SaveAsync(copy));

        TestEngine.Succeeded(await _engine.Media.DeleteAsync(copy.Id));

        Assert.True(File.Exists(PhysicalPathOf(original)));
    }

    [Fact]
    public async Task Emptying_the_recycle_bin_removes_the_files_of_everything_in_it()
    {
        var folder = await FolderAsync("Old posters");
        var inFolder = await ImageAsync(folder.Id);
        var loose = await ImageAsync(ContentItem.RootId, "loose.png");
        TestEngine.Succeeded(await _engine.Media.MoveToRecycleBinAsync(folder.Id));
        TestEngine.Succeeded(await _engine.Media.MoveToRecycleBinAsync(loose.Id));

        TestEngine.Succeeded(await _engine.Media.EmptyRecycleBinAsync());

        Assert.Empty(await _engine.Media.GetRecycleBinAsync());
        Assert.False(File.Exists(PhysicalPathOf(inFolder)));
        Assert.False(File.Exists(PhysicalPathOf(loose)));
    }

    [Fact]
    public async Task Emptying_the_content_recycle_bin_leaves_trashed_media_alone()
    {
        var image = await ImageAsync(ContentItem.RootId);
        TestEngine.Succeeded(await _engine.Media.MoveToRecycleBinAsync(image.Id));
        var site = await _engine.PublishSiteAsync();
        TestEngine.Succeeded(await _engine.Content.MoveToRecycleBinAsync(site.Id));

        TestEngine.Succeeded(await _engine.Content.EmptyRecycleBinAsync());

        Assert.Single(await _engine.Media.GetRecycleBinAsync());
        Assert.True(File.Exists(PhysicalPathOf(image)));
    }
}
