using SelfHelp.Core.Content;
using SelfHelp.Core.Media;
using SelfHelp.Core.Tests.Testing;
using MediaProperties = Umbraco.Cms.Core.Constants.Conventions.Media;

namespace SelfHelp.Core.Tests.Media;

/// <summary>The media library on every storage provider: SQLite always, PostgreSQL when a server is configured.</summary>
public sealed class MediaStorageTests
{
    [SkippableTheory]
    [StorageProviders]
    public async Task Media_files_are_kept_while_used_and_deleted_once_nothing_names_them(string provider)
    {
        await using var engine = await TestEngine.StartAsync(provider);
        await TestMediaSchema.InstallAsync(engine.DataTypes, engine.ContentTypes);
        var image = TestEngine.Succeeded(await engine.Media.CreateMediaAsync(TestFiles.Image(30, 20), "香港 poster.png", ContentItem.RootId));
        var first = PhysicalPathOf(engine, image);

        var replaced = TestEngine.Succeeded(await engine.Media.ReplaceFileAsync(image.Key, TestFiles.Image(20, 30), "香港 poster.png"));
        var second = PhysicalPathOf(engine, replaced);
        Assert.False(File.Exists(first));
        Assert.True(File.Exists(second));

        TestEngine.Succeeded(await engine.Media.MoveToRecycleBinAsync(image.Id));
        Assert.True(File.Exists(second));

        TestEngine.Succeeded(await engine.Media.EmptyRecycleBinAsync());
        Assert.False(File.Exists(second));
    }

    private static string PhysicalPathOf(TestEngine engine, ContentItem image) =>
        Path.Combine(engine.Folder, "App_Data", "media", ImageCropperValue.From(image.GetValue(MediaProperties.File))!.Src["/media/".Length..]);
}
