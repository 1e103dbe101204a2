using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.Media;
using SelfHelp.Core.Tests.Testing;
using MediaProperties = Umbraco.Cms.Core.Constants.Conventions.Media;

namespace SelfHelp.Core.Tests.Media;

public sealed class MediaFileStoreTests : IAsyncLifetime
{
    private TestEngine _engine = null!;

    private IMediaFileStore Store => _engine.Services.GetRequiredService<IMediaFileStore>();

    public async Task InitializeAsync() => _engine = await TestEngine.StartAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task A_saved_file_can_be_read_back_found_by_its_url_and_deleted_with_its_folder()
    {
        var bytes = await Store.SaveAsync("k3x9q2ab/minutes.txt", TestFiles.Bytes("Minutes of the carers' group"));

        Assert.Equal(28, bytes);
        Assert.True(await Store.ExistsAsync("k3x9q2ab/minutes.txt"));
        await using (var read = (await Store.OpenReadAsync("k3x9q2ab/minutes.txt"))!)
        {
            Assert.Equal("Minutes of the carers' group", await new StreamReader(read).ReadToEndAsync());
        }
        Assert.Equal("/media/k3x9q2ab/minutes.txt", Store.GetUrl("k3x9q2ab/minutes.txt"));
        Assert.True(Store.TryGetPath("/media/k3x9q2ab/minutes.txt?v=2", out var path));
        Assert.Equal("k3x9q2ab/minutes.txt", path);

        await Store.DeleteAsync("k3x9q2ab/minutes.txt");

        Assert.False(await Store.ExistsAsync("k3x9q2ab/minutes.txt"));
        Assert.Null(await Store.OpenReadAsync("k3x9q2ab/minutes.txt"));
        Assert.False(Directory.Exists(Path.Combine(_engine.Folder, "App_Data", "media", "k3x9q2ab")));
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("folder/../../outside.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("folder\\..\\..\\outside.txt")]
    [InlineData("C:/Windows/win.ini")]
    [InlineData("folder//file.txt")]
    [InlineData("./file.txt")]
    [InlineData("folder/ ../file.txt")]
    [InlineData("")]
    public async Task Paths_that_could_leave_the_media_folder_are_refused(string path)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAsync(path, TestFiles.Bytes("x")));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenReadAsync(path));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(path));
        Assert.Throws<ArgumentException>(() => Store.GetUrl(path));
        Assert.False(File.Exists(Path.Combine(_engine.Folder, "outside.txt")));
    }

    [Theory]
    [InlineData("/media/../App_Data/Umbraco.sqlite.db")]
    [InlineData("/media/k3x9q2ab/../../secret.txt")]
    [InlineData("/uploads/k3x9q2ab/photo.jpg")]
    [InlineData("https://example.org/media/k3x9q2ab/photo.jpg")]
    [InlineData("/media/")]
    public void Urls_that_do_not_name_a_file_in_the_media_folder_map_to_no_path(string url)
    {
        Assert.False(Store.TryGetPath(url, out _));
    }

    [Fact]
    public async Task The_media_folder_and_url_follow_umbracos_settings()
    {
        await using var engine = await TestEngine.StartAsync(configure: builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Umbraco:CMS:Global:UmbracoMediaPhysicalRootPath"] = "uploads/library",
            ["Umbraco:CMS:Global:UmbracoMediaPath"] = "~/files",
        }));
        await TestMediaSchema.InstallAsync(engine.DataTypes, engine.ContentTypes);

        var image = TestEngine.Succeeded(await engine.Media.CreateMediaAsync(TestFiles.Image(20, 20), "logo.png", ContentItem.RootId));

        var src = ImageCropperValue.From(image.GetValue(MediaProperties.File))!.Src;
        Assert.StartsWith("/files/", src);
        Assert.True(File.Exists(Path.Combine(engine.Folder, "uploads", "library", src["/files/".Length..])));
    }
}
