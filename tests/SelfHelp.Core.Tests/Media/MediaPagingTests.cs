using SelfHelp.Core.Content;
using SelfHelp.Core.Media;
using SelfHelp.Core.Tests.Testing;
using MediaProperties = Umbraco.Cms.Core.Constants.Conventions.Media;
using MediaTypes = Umbraco.Cms.Core.Constants.Conventions.MediaTypes;

namespace SelfHelp.Core.Tests.Media;

public sealed class MediaPagingTests : IAsyncLifetime
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

    [Fact]
    public async Task A_page_of_children_comes_in_sort_order_with_the_total_of_the_level()
    {
        var folder = await FolderAsync("Workshop photos");
        var children = new List<ContentItem>();
        for (var i = 0; i < 5; i++)
        {
            children.Add(await FolderAsync($"Session {i}", folder.Id));
        }
        TestEngine.Succeeded(await _engine.Media.SortAsync(folder.Id, children.Select(c => c.Id).Reverse().ToList()));

        var page = await _engine.Media.GetChildrenPageAsync(folder.Id, skip: 1, take: 2);

        Assert.Equal(5, page.Total);
        Assert.Equal(["Session 3", "Session 2"], page.Items.Select(i => i.GetName()));
        Assert.Empty((await _engine.Media.GetChildrenPageAsync(folder.Id, skip: 5, take: 2)).Items);
    }

    [Fact]
    public async Task Excluded_types_are_left_out_of_the_page_and_the_total()
    {
        var folder = await FolderAsync("Mixed");
        await FolderAsync("Inner", folder.Id);
        TestEngine.Succeeded(await _engine.Media.CreateMediaAsync(TestFiles.Image(20, 10), "photo.png", folder.Id));

        var page = await _engine.Media.GetChildrenPageAsync(folder.Id, 0, 10, [MediaTypes.Image]);

        Assert.Equal(1, page.Total);
        Assert.Equal(["Inner"], page.Items.Select(i => i.GetName()));
    }

    [Fact]
    public async Task Ids_with_children_are_found_in_one_read()
    {
        var full = await FolderAsync("Full");
        var empty = await FolderAsync("Empty");
        var onlyImages = await FolderAsync("Only images");
        await FolderAsync("Child", full.Id);
        TestEngine.Succeeded(await _engine.Media.CreateMediaAsync(TestFiles.Image(20, 10), "photo.png", onlyImages.Id));

        Assert.Equal([full.Id, onlyImages.Id], (await _engine.Media.GetIdsWithChildrenAsync([full.Id, empty.Id, onlyImages.Id])).Order());
        Assert.Equal([full.Id], await _engine.Media.GetIdsWithChildrenAsync([full.Id, empty.Id, onlyImages.Id], [MediaTypes.Image]));
    }

    [Fact]
    public async Task A_new_item_saved_with_a_file_keeps_the_key_it_was_made_with_and_its_other_values()
    {
        var type = (await _engine.ContentTypes.GetAsync(MediaTypes.Image))!;
        var key = Guid.NewGuid();
        var item = new ContentItem(type, NodeObjectType.Media, key, ContentItem.RootId);
        item.SetName("Harbour walk");

        var saved = TestEngine.Succeeded(await _engine.Media.SaveWithFileAsync(item, TestFiles.Image(64, 48), "harbour.png"));

        var stored = (await _engine.Media.GetAsync(key))!;
        Assert.Equal(saved.Id, stored.Id);
        Assert.Equal("Harbour walk", stored.GetName());
        Assert.EndsWith("/harbour.png", ImageCropperValue.From(stored.GetValue(MediaProperties.File))!.Src);
        Assert.Equal(64, stored.GetValue<int>(MediaProperties.Width));
    }

    [Fact]
    public async Task A_file_the_type_does_not_take_is_refused_and_not_kept()
    {
        var type = (await _engine.ContentTypes.GetAsync(MediaTypes.Image))!;
        var item = new ContentItem(type, NodeObjectType.Media, Guid.NewGuid(), ContentItem.RootId);
        item.SetName("Not a photo");

        var result = await _engine.Media.SaveWithFileAsync(item, new MemoryStream("hello"u8.ToArray()), "notes.txt");

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
        Assert.Null(await _engine.Media.GetAsync(item.Key));
        var media = Path.Combine(_engine.Folder, "App_Data", "media");
        Assert.Empty(Directory.Exists(media) ? Directory.GetFiles(media, "*", SearchOption.AllDirectories) : []);
    }
}
