using System.Text.Json;
using SelfHelp.Core.Content;
using SelfHelp.Core.Media;
using SelfHelp.Core.Tests.Testing;
using SkiaSharp;
using MediaProperties = Umbraco.Cms.Core.Constants.Conventions.Media;
using MediaTypes = Umbraco.Cms.Core.Constants.Conventions.MediaTypes;

namespace SelfHelp.Core.Tests.Media;

public sealed class MediaUploadTests : IAsyncLifetime
{
    private TestEngine _engine = null!;

    private string MediaFolder => Path.Combine(_engine.Folder, "App_Data", "media");

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        await TestMediaSchema.InstallAsync(_engine.DataTypes, _engine.ContentTypes);
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private string PhysicalPathOf(string url) => Path.Combine(MediaFolder, url["/media/".Length..]);

    private string[] FilesOnDisk() =>
        Directory.Exists(MediaFolder) ? Directory.GetFiles(MediaFolder, "*", SearchOption.AllDirectories) : [];

    [Fact]
    public async Task Uploading_an_image_stores_the_file_and_records_its_size_extension_and_dimensions()
    {
        using var jpeg = TestFiles.Image(640, 480, SKEncodedImageFormat.Jpeg);

        var image = TestEngine.Succeeded(await _engine.Media.CreateMediaAsync(jpeg, "Sham Shui Po gathering.JPG", ContentItem.RootId));

        Assert.Equal(MediaTypes.Image, image.ContentTypeAlias);
        Assert.Equal("Sham Shui Po gathering", image.GetName());
        var stored = await _engine.Media.GetAsync(image.Key);
        var file = ImageCropperValue.From(stored!.GetValue(MediaProperties.File))!;
        Assert.Matches("^/media/[a-z0-9]{8}/sham-shui-po-gathering\\.jpg$", file.Src);
        Assert.Equal(jpeg.ToArray(), await File.ReadAllBytesAsync(PhysicalPathOf(file.Src)));
        Assert.Equal(jpeg.Length, stored.GetValue<long>(MediaProperties.Bytes));
        Assert.Equal("jpg", stored.GetValue<string>(MediaProperties.Extension));
        Assert.Equal(640, stored.GetValue<int>(MediaProperties.Width));
        Assert.Equal(480, stored.GetValue<int>(MediaProperties.Height));
    }

    [Fact]
    public async Task An_image_value_is_stored_as_umbraco_stores_it_with_a_centred_focal_point_and_the_configured_crops()
    {
        var image = TestEngine.Succeeded(await _engine.Media.CreateMediaAsync(TestFiles.Image(300, 200), "logo.png", ContentItem.RootId));

        var json = image.GetValue(MediaProperties.File)!.Value;

        Assert.Matches("^/media/[a-z0-9]{8}/logo\\.png$", json.GetProperty("src").GetString());
        Assert.Equal(0.5m, json.GetProperty("focalPoint").GetProperty("left").GetDecimal());
        Assert.Equal(0.5m, json.GetProperty("focalPoint").GetProperty("top").GetDecimal());
        var crops = json.GetProperty("crops").EnumerateArray().Select(c => (c.GetProperty("alias").GetString(), c.GetProperty("width").GetInt32(), c.GetProperty("height").GetInt32()));
        Assert.Equal([("thumb", 400, 300), ("banner", 1200, 400)], crops);
    }

    [Theory]
    [InlineData("group photo.png", MediaTypes.Image)]
    [InlineData("interview with Mrs Chan.mp3", MediaTypes.AudioAlias)]
    [InlineData("workshop recording.mp4", MediaTypes.VideoAlias)]
    [InlineData("committee minutes.pdf", MediaTypes.File)]
    public async Task The_media_type_is_picked_from_the_file(string fileName, string expectedType)
    {
        using var content = fileName.EndsWith(".png") ? TestFiles.Image(64, 64) : TestFiles.Bytes("recorded at the Kwun Tong centre");

        var item = TestEngine.Succeeded(await _engine.Media.CreateMediaAsync(content, fileName, ContentItem.RootId));

        Assert.Equal(expectedType, item.ContentTypeAlias);
        Assert.Equal(Path.GetExtension(fileName).TrimStart('.'), item.GetValue<string>(MediaProperties.Extension));
    }

    [Fact]
    public async Task A_file_that_only_claims_to_be_an_image_is_refused_and_nothing_is_left_on_disk()
    {
        var result = await _engine.Media.CreateMediaAsync(TestFiles.Bytes("<html>not a photo</html>"), "holiday.jpg", ContentItem.RootId);

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
        Assert.Contains("not a readable .jpg image", result.Message);
        Assert.Equal(MediaProperties.File, Assert.Single(result.Errors).Alias);
        Assert.Empty(await _engine.Media.GetChildrenAsync(ContentItem.RootId));
        Assert.Empty(FilesOnDisk());
    }

    [Theory]
    [InlineData("notes.txt", MediaTypes.Image, "takes")]
    [InlineData("song.mp3", MediaTypes.VideoAlias, "takes")]
    [InlineData("photo.png", MediaTypes.Folder, "does not hold a file")]
    public async Task A_media_type_that_does_not_fit_the_file_is_refused(string fileName, string mediaType, string reason)
    {
        using var content = fileName.EndsWith(".png") ? TestFiles.Image(32, 32) : TestFiles.Bytes("meeting notes");

        var result = await _engine.Media.CreateMediaAsync(content, fileName, ContentItem.RootId, mediaType);

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
        Assert.Contains(reason, result.Message);
        Assert.Empty(FilesOnDisk());
    }

    [Fact]
    public async Task Files_that_a_web_server_could_run_are_refused()
    {
        var result = await _engine.Media.CreateMediaAsync(TestFiles.Bytes("<%@ Page %>"), "upload.aspx", ContentItem.RootId);

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
        Assert.Empty(FilesOnDisk());
    }

    [Theory]
    [InlineData("../../etc/passwd.png")]
    [InlineData("..\\..\\Windows\\evil.png")]
    [InlineData("/var/www/html/shell.png")]
    [InlineData("..png")]
    public async Task Unsafe_file_names_are_made_safe_and_stay_inside_the_media_folder(string fileName)
    {
        var image = TestEngine.Succeeded(await _engine.Media.CreateMediaAsync(TestFiles.Image(16, 16), fileName, ContentItem.RootId));

        var src = ImageCropperValue.From(image.GetValue(MediaProperties.File))!.Src;
        Assert.Matches("^/media/[a-z0-9]{8}/[a-z0-9-]+\\.png$", src);
        var onDisk = Assert.Single(FilesOnDisk());
        Assert.StartsWith(Path.GetFullPath(MediaFolder) + Path.DirectorySeparatorChar, Path.GetFullPath(onDisk));
        Assert.Equal(Path.GetFullPath(PhysicalPathOf(src)), Path.GetFullPath(onDisk));
    }

    [Fact]
    public async Task Chinese_file_names_keep_their_characters()
    {
        var image = TestEngine.Succeeded(await _engine.Media.CreateMediaAsync(TestFiles.Image(16, 16), "深水埗 互助小組.png", ContentItem.RootId));

        Assert.Equal("深水埗 互助小組", image.GetName());
        var src = ImageCropperValue.From(image.GetValue(MediaProperties.File))!.Src;
        Assert.EndsWith("/深水埗-互助小組.png", src);
        Assert.True(File.Exists(PhysicalPathOf(src)));
    }

    [Fact]
    public async Task An_uploaded_item_is_in_the_published_cache_as_soon_as_it_is_saved()
    {
        var image = TestEngine.Succeeded(await _engine.Media.CreateMediaAsync(TestFiles.Image(120, 80), "poster.png", ContentItem.RootId));

        var live = _engine.Cache.Current.GetByKey(image.Key);

        Assert.NotNull(live);
        Assert.Equal(NodeObjectType.Media, live.ObjectType);
        Assert.Equal("poster", live.GetName(TestSchema.English));
        Assert.Equal(120, live.GetValue<int>(MediaProperties.Width, TestSchema.English));
        Assert.Equal(ImageCropperValue.From(image.GetValue(MediaProperties.File))!.Src,
            ImageCropperValue.From(live.GetValue(MediaProperties.File, TestSchema.English))!.Src);
    }

    [Fact]
    public async Task Replacing_the_file_deletes_the_old_one_and_records_the_new_one()
    {
        var image = TestEngine.Succeeded(await _engine.Media.CreateMediaAsync(TestFiles.Image(200, 100), "banner.png", ContentItem.RootId));
        var oldSrc = ImageCropperValue.From(image.GetValue(MediaProperties.File))!.Src;

        var replaced = TestEngine.Succeeded(await _engine.Media.ReplaceFileAsync(image.Key, TestFiles.Image(90, 160), "banner.png"));

        var newSrc = ImageCropperValue.From(replaced.GetValue(MediaProperties.File))!.Src;
        Assert.NotEqual(oldSrc, newSrc);
        Assert.False(File.Exists(PhysicalPathOf(oldSrc)));
        Assert.False(Directory.Exists(Path.GetDirectoryName(PhysicalPathOf(oldSrc))));
        Assert.True(File.Exists(PhysicalPathOf(newSrc)));
        var stored = (await _engine.Media.GetAsync(image.Id))!;
        Assert.Equal((90, 160), (stored.GetValue<int>(MediaProperties.Width), stored.GetValue<int>(MediaProperties.Height)));
    }

    [Fact]
    public async Task A_refused_replacement_keeps_the_old_file()
    {
        var image = TestEngine.Succeeded(await _engine.Media.CreateMediaAsync(TestFiles.Image(200, 100), "banner.png", ContentItem.RootId));
        var oldSrc = ImageCropperValue.From(image.GetValue(MediaProperties.File))!.Src;

        var result = await _engine.Media.ReplaceFileAsync(image.Key, TestFiles.Bytes("minutes"), "minutes.pdf");

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
        Assert.Equal(PhysicalPathOf(oldSrc), Assert.Single(FilesOnDisk()));
        Assert.Equal(oldSrc, ImageCropperValue.From((await _engine.Media.GetAsync(image.Id))!.GetValue(MediaProperties.File))!.Src);
    }
}
