using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.Media;
using SelfHelp.Core.Tests.Testing;
using Umbraco.Cms.Core.Media;
using MediaProperties = Umbraco.Cms.Core.Constants.Conventions.Media;

namespace SelfHelp.Core.Tests.Media;

public sealed class FocalPointTests : IAsyncLifetime
{
    private TestEngine _engine = null!;
    private ContentItem _photo = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        await TestMediaSchema.InstallAsync(_engine.DataTypes, _engine.ContentTypes);
        _photo = TestEngine.Succeeded(await _engine.Media.CreateMediaAsync(TestFiles.Image(1000, 500), "volunteers.png", ContentItem.RootId));
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private static ImageCropperValue ImageOf(ContentItem item) => ImageCropperValue.From(item.GetValue(MediaProperties.File))!;

    [Fact]
    public async Task Setting_a_focal_point_saves_it_and_moves_every_crop_towards_it()
    {
        TestEngine.Succeeded(await _engine.Media.SetFocalPointAsync(_photo.Key, 0.8m, 0.3m));

        var image = ImageOf((await _engine.Media.GetAsync(_photo.Key))!);
        Assert.Equal(new ImageCropperFocalPoint(0.8m, 0.3m), image.FocalPoint);
        Assert.Equal(new ImageCropRectangle(333, 0, 667, 500), image.GetCropRectangle("thumb", 1000, 500));
        Assert.Equal(new ImageCropRectangle(0, 0, 1000, 333), image.GetCropRectangle("banner", 1000, 500));
        var urls = _engine.Services.GetRequiredService<IImageUrlGenerator>();
        Assert.Equal($"{image.Src}?rxy=0.8,0.3&width=400&height=300", image.GetCropUrl("thumb", urls));
    }

    [Fact]
    public async Task The_published_cache_sees_the_new_focal_point_at_once()
    {
        TestEngine.Succeeded(await _engine.Media.SetFocalPointAsync(_photo.Key, 0.25m, 0.75m));

        var live = _engine.Cache.Current.GetByKey(_photo.Key)!;
        Assert.Equal(new ImageCropperFocalPoint(0.25m, 0.75m), ImageCropperValue.From(live.GetValue(MediaProperties.File, TestSchema.English))!.FocalPoint);
    }

    [Theory]
    [InlineData(-0.1, 0.5)]
    [InlineData(0.5, 1.2)]
    [InlineData(1.01, 0)]
    public async Task A_focal_point_off_the_image_is_refused(double left, double top)
    {
        var result = await _engine.Media.SetFocalPointAsync(_photo.Key, (decimal)left, (decimal)top);

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
        Assert.Equal(ImageCropperFocalPoint.Centre, ImageOf((await _engine.Media.GetAsync(_photo.Key))!).FocalPoint);
    }

    [Fact]
    public async Task A_focal_point_off_the_image_is_refused_when_saved_as_a_value_too()
    {
        var photo = (await _engine.Media.GetAsync(_photo.Key))!;
        photo.SetValue(MediaProperties.File, ImageOf(photo) with { FocalPoint = new ImageCropperFocalPoint(2m, 0.5m) });

        var result = await _engine.Media.SaveAsync(photo);

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
        Assert.Equal(MediaProperties.File, Assert.Single(result.Errors).Alias);
    }

    [Fact]
    public async Task An_editor_can_draw_a_crop_by_hand_but_not_off_the_image()
    {
        var photo = (await _engine.Media.GetAsync(_photo.Key))!;
        var drawn = new ImageCropperCropCoordinates(0.1m, 0.2m, 0.3m, 0.4m);
        photo.SetValue(MediaProperties.File, ImageOf(photo) with { Crops = [new ImageCropperCrop("banner", 1200, 400, drawn)] });
        TestEngine.Succeeded(await _engine.Media.SaveAsync(photo));

        Assert.Equal(new ImageCropRectangle(100, 100, 600, 200), ImageOf((await _engine.Media.GetAsync(_photo.Key))!).GetCropRectangle("banner", 1000, 500));

        photo.SetValue(MediaProperties.File, ImageOf(photo) with { Crops = [new ImageCropperCrop("banner", 1200, 400, new ImageCropperCropCoordinates(0.6m, 0, 0.5m, 0))] });
        Assert.Equal(OperationStatus.ValidationFailed, (await _engine.Media.SaveAsync(photo)).Status);
    }

    [Fact]
    public async Task Only_images_have_a_focal_point()
    {
        var minutes = TestEngine.Succeeded(await _engine.Media.CreateMediaAsync(TestFiles.Bytes("minutes"), "minutes.pdf", ContentItem.RootId));

        var result = await _engine.Media.SetFocalPointAsync(minutes.Key, 0.5m, 0.5m);

        Assert.Equal(OperationStatus.NotAllowed, result.Status);
    }
}
