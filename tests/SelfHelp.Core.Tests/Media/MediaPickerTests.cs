using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Tests.Testing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.Tests.Media;

/// <summary>Documents hold media by key, as Umbraco's media picker writes it: <c>[{"key": …, "mediaKey": …}]</c>.</summary>
public sealed class MediaPickerTests : IAsyncLifetime
{
    private TestEngine _engine = null!;
    private ContentItem _photo = null!;
    private ContentItem _minutes = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        await TestMediaSchema.InstallAsync(_engine.DataTypes, _engine.ContentTypes);
        // Umbraco 14+ writes the allowed media types as keys; older data names them by alias. Both must work.
        var imagesByKey = PickerOf($$"""{"filter":"{{TestMediaSchema.Image.Key}}","multiple":false}""");
        var imagesByAlias = PickerOf("""{"filter":"Image"}""");
        var anyMedia = PickerOf("""{"multiple":true}""");
        foreach (var dataType in new[] { imagesByKey, imagesByAlias, anyMedia })
        {
            await _engine.DataTypes.SaveAsync(dataType);
        }
        await _engine.ContentTypes.SaveAsync(new ContentTypeBuilder("groupPage").AllowAtRoot()
            .AddProperty("photo", imagesByKey)
            .AddProperty("logo", imagesByAlias)
            .AddProperty("attachments", anyMedia)
            .Build());
        _photo = TestEngine.Succeeded(await _engine.Media.CreateMediaAsync(TestFiles.Image(50, 50), "members.png", ContentItem.RootId));
        _minutes = TestEngine.Succeeded(await _engine.Media.CreateMediaAsync(TestFiles.Bytes("minutes"), "minutes.pdf", ContentItem.RootId));
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private static DataType PickerOf(string config) =>
        new() { Key = Guid.NewGuid(), Name = "Media picker " + Guid.NewGuid().ToString("N")[..6], EditorAlias = Aliases.MediaPicker3, ConfigurationJson = config };

    private static object[] Picked(params Guid[] mediaKeys) => mediaKeys.Select(k => (object)new { key = Guid.NewGuid(), mediaKey = k }).ToArray();

    private async Task<OperationResult<ContentItem>> PublishGroupPageWithAsync(string alias, object[] picked)
    {
        var page = await _engine.Content.CreateAsync("Sham Shui Po carers", ContentItem.RootId, "groupPage");
        page.SetValue(alias, picked);
        return await _engine.Content.PublishAsync(page, ["*"]);
    }

    [Theory]
    [InlineData("photo")]
    [InlineData("logo")]
    public async Task A_document_picking_an_image_by_key_validates_and_publishes_the_reference(string alias)
    {
        var page = TestEngine.Succeeded(await PublishGroupPageWithAsync(alias, Picked(_photo.Key)));

        var live = _engine.Cache.Current.GetByKey(page.Key)!;
        var reference = Assert.Single(live.GetValue(alias, TestSchema.English)!.Value.EnumerateArray());
        Assert.Equal(_photo.Key, reference.GetProperty("mediaKey").GetGuid());
    }

    [Fact]
    public async Task A_picker_without_a_filter_takes_any_media()
    {
        TestEngine.Succeeded(await PublishGroupPageWithAsync("attachments", Picked(_photo.Key, _minutes.Key)));
    }

    [Fact]
    public async Task Picking_media_that_does_not_exist_is_refused()
    {
        var missing = Guid.NewGuid();

        var result = await PublishGroupPageWithAsync("attachments", Picked(missing));

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal("attachments", error.Alias);
        Assert.Contains(missing.ToString(), error.Message);
    }

    [Theory]
    [InlineData("photo")]
    [InlineData("logo")]
    public async Task Picking_a_media_type_the_picker_does_not_allow_is_refused(string alias)
    {
        var result = await PublishGroupPageWithAsync(alias, Picked(_minutes.Key));

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
        Assert.Contains("A File cannot be picked here; pick a Image", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Picking_media_from_the_recycle_bin_is_refused()
    {
        TestEngine.Succeeded(await _engine.Media.MoveToRecycleBinAsync(_photo.Id));

        var result = await PublishGroupPageWithAsync("photo", Picked(_photo.Key));

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
    }

    [Fact]
    public async Task A_document_key_is_not_a_media_item()
    {
        var site = await _engine.PublishSiteAsync();

        var result = await PublishGroupPageWithAsync("attachments", Picked(site.Key));

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
    }
}
