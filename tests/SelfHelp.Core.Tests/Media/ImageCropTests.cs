using Microsoft.Extensions.Options;
using SelfHelp.Core.Media;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Models;

namespace SelfHelp.Core.Tests.Media;

/// <summary>The crop maths and the crop URL contract, on values alone.</summary>
public sealed class ImageCropTests
{
    private static readonly ImageSharpUrlGenerator Urls = new(Options.Create(new ContentSettings()));

    [Theory]
    // A wide photo in a 4:3 crop: the full height, a 667-pixel window slid along to the focal point and stopped at the edges.
    [InlineData(1000, 500, 400, 300, 0.5, 0.5, 167, 0, 667, 500)]
    [InlineData(1000, 500, 400, 300, 0.9, 0.5, 333, 0, 667, 500)]
    [InlineData(1000, 500, 400, 300, 0.1, 0.5, 0, 0, 667, 500)]
    // A portrait photo in a square crop: the full width, moved up and down.
    [InlineData(800, 1200, 300, 300, 0.5, 0.5, 0, 200, 800, 800)]
    [InlineData(800, 1200, 300, 300, 0.5, 0.2, 0, 0, 800, 800)]
    [InlineData(800, 1200, 300, 300, 0.5, 0.75, 0, 400, 800, 800)]
    // A crop bigger than the photo still shows the right shape of it (the processor scales up).
    [InlineData(200, 100, 400, 400, 0.5, 0.5, 50, 0, 100, 100)]
    // A crop of the photo's own shape shows all of it, wherever the focal point is.
    [InlineData(1200, 400, 1200, 400, 0.1, 0.9, 0, 0, 1200, 400)]
    public void A_crop_covers_its_shape_centred_on_the_focal_point_and_kept_inside_the_image(
        int sourceWidth, int sourceHeight, int cropWidth, int cropHeight, double left, double top, int x, int y, int width, int height)
    {
        var rectangle = ImageCropRectangle.ForFocalPoint(sourceWidth, sourceHeight, cropWidth, cropHeight, (decimal)left, (decimal)top);

        Assert.Equal(new ImageCropRectangle(x, y, width, height), rectangle);
    }

    [Fact]
    public void A_hand_drawn_crop_is_what_is_left_after_cutting_each_edge()
    {
        var rectangle = ImageCropRectangle.ForCoordinates(1000, 500, new ImageCropperCropCoordinates(0.1m, 0.2m, 0.3m, 0.4m));

        Assert.Equal(new ImageCropRectangle(100, 100, 600, 200), rectangle);
    }

    [Fact]
    public void A_named_crop_url_carries_the_focal_point_and_the_crop_size()
    {
        var value = new ImageCropperValue("/media/k3x9q2ab/group-photo.jpg", new ImageCropperFocalPoint(0.5m, 0.3m),
            [new ImageCropperCrop("thumb", 400, 300)]);

        Assert.Equal("/media/k3x9q2ab/group-photo.jpg?rxy=0.5,0.3&width=400&height=300", value.GetCropUrl("thumb", Urls));
    }

    [Fact]
    public void A_centred_focal_point_counts_as_none_and_a_hand_drawn_crop_wins_over_the_focal_point()
    {
        var centred = new ImageCropperValue("/media/a/b.jpg", ImageCropperFocalPoint.Centre, [new ImageCropperCrop("thumb", 400, 300)]);
        var drawn = new ImageCropperValue("/media/a/b.jpg", new ImageCropperFocalPoint(0.2m, 0.2m),
            [new ImageCropperCrop("banner", 1200, 400, new ImageCropperCropCoordinates(0.1m, 0.2m, 0.3m, 0.4m))]);

        Assert.Equal("/media/a/b.jpg?width=400&height=300", centred.GetCropUrl("thumb", Urls));
        Assert.Equal("/media/a/b.jpg?cc=0.1,0.2,0.3,0.4&width=1200&height=400", drawn.GetCropUrl("banner", Urls));
        Assert.Null(drawn.GetCropUrl("square", Urls));
    }

    [Fact]
    public void Image_urls_put_every_option_in_the_order_umbraco_writes_them()
    {
        var url = Urls.GetImageUrl(new ImageUrlGenerationOptions("/media/1005/img_0671.jpg")
        {
            Quality = 50,
            Crop = new ImageUrlGenerationOptions.CropCoordinates(0.58729977382575338m, 0.055768992440203169m, 0m, 0.32457553600198386m),
            FocalPoint = new ImageUrlGenerationOptions.FocalPointPosition(0.96m, 0.80827067669172936m),
            CacheBusterValue = "buster",
            FurtherOptions = "more=options&format=webp",
            Height = 200,
            Width = 200,
            ImageCropAnchor = ImageCropAnchor.Right,
            ImageCropMode = ImageCropMode.Stretch,
        });

        Assert.Equal(
            "/media/1005/img_0671.jpg?cc=0.58729977382575338,0.055768992440203169,0,0.32457553600198386&rxy=0.96,0.80827067669172936"
            + "&rmode=stretch&ranchor=right&width=200&height=200&format=webp&quality=50&more=options&v=buster",
            url);
    }

    [Fact]
    public void Configured_crops_are_added_resized_and_keep_what_an_editor_drew()
    {
        var drawn = new ImageCropperCropCoordinates(0.1m, 0.1m, 0.1m, 0.1m);
        var value = new ImageCropperValue("/media/a/b.jpg", null,
            [new ImageCropperCrop("thumb", 100, 100, drawn), new ImageCropperCrop("retired", 50, 50)]);

        var merged = value.WithConfiguredCrops([new ImageCropConfiguration("thumb", "Thumbnail", 400, 300), new ImageCropConfiguration("banner", "Banner", 1200, 400)]);

        Assert.Equal(
            [new ImageCropperCrop("thumb", 400, 300, drawn), new ImageCropperCrop("banner", 1200, 400), new ImageCropperCrop("retired", 50, 50)],
            merged.Crops);
    }
}
