using SelfHelp.Core.ContentTypes;
using MediaProperties = Umbraco.Cms.Core.Constants.Conventions.Media;
using MediaTypes = Umbraco.Cms.Core.Constants.Conventions.MediaTypes;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.Tests.Testing;

/// <summary>
/// Umbraco's built-in media types, with the aliases and property aliases Umbraco (and uSync) use: Folder, Image,
/// File, umbracoMediaAudio and umbracoMediaVideo. Only folders hold other media, as in a fresh Umbraco install.
/// </summary>
public static class TestMediaSchema
{
    public static readonly DataType ImageCropper = DataTypeOf("Image Cropper", Aliases.ImageCropper,
        """{"crops":[{"alias":"thumb","label":"Thumbnail","width":400,"height":300},{"alias":"banner","label":"Banner","width":1200,"height":400}]}""");
    public static readonly DataType Upload = DataTypeOf("Upload File", Aliases.UploadField);
    public static readonly DataType UploadAudio = DataTypeOf("Upload Audio", Aliases.UploadField, """{"fileExtensions":["mp3","weba","oga","opus","m4a"]}""");
    public static readonly DataType UploadVideo = DataTypeOf("Upload Video", Aliases.UploadField, """{"fileExtensions":["mp4","webm","ogv"]}""");
    public static readonly DataType LabelBigInt = DataTypeOf("Label (bigint)", Aliases.Label, """{"umbracoDataValueType":"BIGINT"}""");
    public static readonly DataType LabelInt = DataTypeOf("Label (integer)", Aliases.Label, """{"umbracoDataValueType":"INT"}""");
    public static readonly DataType LabelString = DataTypeOf("Label (string)", Aliases.Label, """{"umbracoDataValueType":"STRING"}""");

    public static readonly ContentType Folder = new ContentTypeBuilder(MediaTypes.Folder).AsMedia().AllowAtRoot()
        .AllowChildren(MediaTypes.Folder, MediaTypes.Image, MediaTypes.File, MediaTypes.AudioAlias, MediaTypes.VideoAlias)
        .Build();

    public static readonly ContentType Image = new ContentTypeBuilder(MediaTypes.Image).AsMedia().AllowAtRoot()
        .AddProperty(MediaProperties.File, ImageCropper)
        .AddProperty(MediaProperties.Width, LabelInt)
        .AddProperty(MediaProperties.Height, LabelInt)
        .AddProperty(MediaProperties.Bytes, LabelBigInt)
        .AddProperty(MediaProperties.Extension, LabelString)
        .Build();

    public static readonly ContentType File = FileType(MediaTypes.File, Upload);
    public static readonly ContentType Audio = FileType(MediaTypes.AudioAlias, UploadAudio);
    public static readonly ContentType Video = FileType(MediaTypes.VideoAlias, UploadVideo);

    public static async Task InstallAsync(IDataTypeService dataTypes, IContentTypeService contentTypes)
    {
        foreach (var dataType in new[] { ImageCropper, Upload, UploadAudio, UploadVideo, LabelBigInt, LabelInt, LabelString })
        {
            await dataTypes.SaveAsync(dataType);
        }
        foreach (var type in new[] { Folder, Image, File, Audio, Video })
        {
            await contentTypes.SaveAsync(type);
        }
    }

    private static ContentType FileType(string alias, DataType upload) => new ContentTypeBuilder(alias).AsMedia().AllowAtRoot()
        .AddProperty(MediaProperties.File, upload)
        .AddProperty(MediaProperties.Bytes, LabelBigInt)
        .AddProperty(MediaProperties.Extension, LabelString)
        .Build();

    private static DataType DataTypeOf(string name, string editor, string config = "{}") =>
        new() { Key = Guid.NewGuid(), Name = name, EditorAlias = editor, ConfigurationJson = config };
}
