using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using SelfHelp.Web.ManagementApi.Security;
using static SelfHelp.Web.Tests.ManagementApi.Media.MediaApiHost;

namespace SelfHelp.Web.Tests.ManagementApi.Media;

public sealed class MediaUploadTests(MediaApiHost host) : IClassFixture<MediaApiHost>
{
    private static JsonElement ValueOf(JsonElement media, string alias) =>
        media.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("alias").GetString() == alias);

    [Fact]
    public async Task A_photo_uploaded_as_a_temporary_file_becomes_an_image_read_back_with_its_src_and_size()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var upload = await UploadAsync(editor, Photo(320, 240), "Harbour walk.png");

        var temporary = await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/temporary-file/{upload}"));
        Assert.Equal("Harbour walk.png", temporary.GetProperty("fileName").GetString());

        var id = Guid.NewGuid();
        var created = await editor.PostAsJsonAsync($"{ManagementApiPath}/media", CreateBody(id, "Image", "Harbour walk", temporaryFileId: upload));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(id.ToString(), created.Headers.GetValues("Umb-Generated-Resource").Single());

        var media = await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/media/{id}"));
        Assert.Equal("Harbour walk", media.GetProperty("variants")[0].GetProperty("name").GetString());
        Assert.Equal(MediaTypeKeys["Image"], media.GetProperty("mediaType").GetProperty("id").GetGuid());
        var file = ValueOf(media, "umbracoFile");
        Assert.Equal("Umbraco.ImageCropper", file.GetProperty("editorAlias").GetString());
        Assert.Matches("^/media/[a-z0-9]{8}/harbour-walk\\.png$", file.GetProperty("value").GetProperty("src").GetString());
        Assert.Equal(320, ValueOf(media, "umbracoWidth").GetProperty("value").GetInt32());
        Assert.Equal(240, ValueOf(media, "umbracoHeight").GetProperty("value").GetInt32());

        // The upload is used up: it cannot be read or used again.
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"{ManagementApiPath}/temporary-file/{upload}")).StatusCode);
        var again = await editor.PostAsJsonAsync($"{ManagementApiPath}/media", CreateBody(Guid.NewGuid(), "Image", "Again", temporaryFileId: upload));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task Thumbnail_and_file_urls_point_at_the_stored_image()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var id = await CreateAsync(editor, "Image", "Thumbnail", temporaryFileId: await UploadAsync(editor, Photo(400, 300), "thumb.png"));
        var src = ValueOf(await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/media/{id}")), "umbracoFile").GetProperty("value").GetProperty("src").GetString()!;

        var thumbnails = await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/imaging/resize/urls?id={id}&width=120&height=90&mode=Crop"));
        var urls = await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/media/urls?id={id}"));

        Assert.Equal(id, thumbnails[0].GetProperty("id").GetGuid());
        Assert.Equal($"{src}?rmode=crop&width=120&height=90", thumbnails[0].GetProperty("urlInfos")[0].GetProperty("url").GetString());
        Assert.EndsWith(src, urls[0].GetProperty("urlInfos")[0].GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync($"{ManagementApiPath}/imaging/resize/urls?id={id}&mode=Sideways")).StatusCode);

        // The thumbnail answers an image, to anyone (the client's <img> carries no token); the original is sent as it is.
        var thumbnail = await host.Client().GetAsync(thumbnails[0].GetProperty("urlInfos")[0].GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        Assert.Equal("image/png", thumbnail.Content.Headers.ContentType?.MediaType);
        using var image = SKBitmap.Decode(await thumbnail.Content.ReadAsByteArrayAsync());
        Assert.Equal((400, 300), (image.Width, image.Height));
    }

    [Fact]
    public async Task A_focal_point_and_a_crop_are_saved_but_the_file_cannot_be_pointed_elsewhere()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var id = await CreateAsync(editor, "Image", "Cropped", temporaryFileId: await UploadAsync(editor, Photo(200, 100), "crop.png"));
        var src = ValueOf(await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/media/{id}")), "umbracoFile").GetProperty("value").GetProperty("src").GetString();

        var update = await editor.PutAsJsonAsync($"{ManagementApiPath}/media/{id}", new
        {
            variants = new[] { new { culture = (string?)null, segment = (string?)null, name = "Cropped photo" } },
            values = new object[]
            {
                new { alias = "umbracoFile", culture = (string?)null, segment = (string?)null, value = new
                {
                    src = "/media/elsewhere/secret.png",
                    focalPoint = new { left = 0.3, top = 0.4 },
                    crops = new[] { new { alias = "square", width = 100, height = 100, coordinates = new { x1 = 0.1, y1 = 0.0, x2 = 0.4, y2 = 0.0 } } },
                } },
            },
        });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);

        var media = await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/media/{id}"));
        var value = ValueOf(media, "umbracoFile").GetProperty("value");
        Assert.Equal(src, value.GetProperty("src").GetString());
        Assert.Equal(0.3m, value.GetProperty("focalPoint").GetProperty("left").GetDecimal());
        Assert.Equal(0.4m, value.GetProperty("focalPoint").GetProperty("top").GetDecimal());
        Assert.Equal(0.1m, value.GetProperty("crops").EnumerateArray().Single(c => c.GetProperty("alias").GetString() == "square")
            .GetProperty("coordinates").GetProperty("x1").GetDecimal());
        Assert.Equal("Cropped photo", media.GetProperty("variants")[0].GetProperty("name").GetString());

        var offImage = await editor.PutAsJsonAsync($"{ManagementApiPath}/media/{id}", new
        {
            variants = new[] { new { culture = (string?)null, segment = (string?)null, name = "Cropped photo" } },
            values = new object[] { new { alias = "umbracoFile", value = new { focalPoint = new { left = 1.5, top = 0.4 } } } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, offImage.StatusCode);
        var problem = await offImage.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("$.values[?(@.alias == 'umbracoFile' && @.culture == null && @.segment == null)].value", out _));
    }

    [Fact]
    public async Task Uploads_of_a_forbidden_type_are_refused_and_uploads_are_their_uploaders_own()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var other = await host.SignedInAsync(BackOfficeUserGroups.Editor);

        using var script = new MultipartFormDataContent
        {
            { new StringContent(Guid.NewGuid().ToString()), "Id" }, { new ByteArrayContent("<script>"u8.ToArray()), "File", "run.aspx" },
        };
        var refused = await editor.PostAsync($"{ManagementApiPath}/temporary-file", script);
        var mine = await UploadAsync(editor, Photo(10, 10), "mine.png");
        var configuration = await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/temporary-file/configuration"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("FileExtensionNotAllowed", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("operationStatus").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{ManagementApiPath}/temporary-file/{mine}")).StatusCode);
        var stolen = await other.PostAsJsonAsync($"{ManagementApiPath}/media", CreateBody(Guid.NewGuid(), "Image", "Stolen", temporaryFileId: mine));
        Assert.Equal(HttpStatusCode.BadRequest, stolen.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.DeleteAsync($"{ManagementApiPath}/temporary-file/{mine}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"{ManagementApiPath}/temporary-file/{mine}")).StatusCode);
        Assert.Contains("png", configuration.GetProperty("imageFileTypes").EnumerateArray().Select(e => e.GetString()));
        Assert.True(configuration.GetProperty("maxFileSize").GetInt64() > 0);
    }

    [Fact]
    public async Task Temporary_files_are_kept_outside_the_public_media_folder()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var upload = await UploadAsync(editor, Photo(10, 10), "private.png");

        var root = host.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>().ContentRootPath;
        var stored = Directory.GetFiles(root, "private.png", SearchOption.AllDirectories);

        var file = Assert.Single(stored);
        Assert.Contains(Path.Combine("App_Data", "TEMP", "TemporaryFiles", upload.ToString("N")), file);
    }

    [Fact]
    public async Task A_new_upload_replaces_an_images_file_and_its_size()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var id = await CreateAsync(editor, "Image", "Replaced", temporaryFileId: await UploadAsync(editor, Photo(60, 40), "before.png"));
        var replacement = await UploadAsync(editor, Photo(90, 30), "after.png");

        var update = await editor.PutAsJsonAsync($"{ManagementApiPath}/media/{id}", new
        {
            variants = new[] { new { culture = (string?)null, segment = (string?)null, name = "Replaced" } },
            values = new object[] { new { alias = "umbracoFile", culture = (string?)null, segment = (string?)null, value = new { temporaryFileId = replacement } } },
        });

        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var media = await JsonAsync(await editor.GetAsync($"{ManagementApiPath}/media/{id}"));
        Assert.EndsWith("/after.png", ValueOf(media, "umbracoFile").GetProperty("value").GetProperty("src").GetString());
        Assert.Equal(90, ValueOf(media, "umbracoWidth").GetProperty("value").GetInt32());
    }
}
