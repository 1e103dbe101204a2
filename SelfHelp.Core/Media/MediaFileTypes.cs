using Microsoft.Extensions.Options;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.PropertyEditors.ImageCropper;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Extensions;
using static Umbraco.Cms.Core.Constants;

namespace SelfHelp.Core.Media;

/// <summary>
/// Which media type a file belongs to, and whether a file fits a media type. A type's <c>umbracoFile</c> editor
/// decides: an image cropper takes images; an upload field takes the extensions its data type lists
/// (<c>fileExtensions</c>), or, when it lists none, Umbraco's defaults for its audio and video types, or anything.
/// </summary>
internal sealed class MediaFileTypes(IContentTypeService contentTypes, IDataTypeService dataTypes, IOptions<ContentSettings> content)
{
    // Umbraco's "Upload Audio" and "Upload Video" data types, plus what phones record in (m4a, wav, mov): oral histories come from phones.
    private static readonly string[] DefaultAudio = ["mp3", "weba", "oga", "opus", "m4a", "wav"];
    private static readonly string[] DefaultVideo = ["mp4", "webm", "ogv", "mov"];

    /// <summary>Image, then audio, then video when one takes the extension; otherwise File. Null when no such type exists.</summary>
    public async Task<ContentType?> PickAsync(string extension, CancellationToken cancellationToken)
    {
        string[] candidates = [Conventions.MediaTypes.Image, Conventions.MediaTypes.AudioAlias, Conventions.MediaTypes.VideoAlias];
        foreach (var alias in candidates)
        {
            if (await contentTypes.GetAsync(alias, cancellationToken) is { Kind: ContentTypeKind.Media } type
                && await AcceptedExtensionsAsync(type, cancellationToken) is { } accepted
                && accepted.Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                return type;
            }
        }
        return await contentTypes.GetAsync(Conventions.MediaTypes.File, cancellationToken) is { Kind: ContentTypeKind.Media } file ? file : null;
    }

    /// <summary>Why a file with this extension cannot be stored as this type, or null when it can.</summary>
    public async Task<string?> RefusalAsync(ContentType type, string extension, CancellationToken cancellationToken)
    {
        if (!content.Value.IsFileAllowedForUpload(extension))
        {
            return $"Files of type '.{extension}' cannot be uploaded.";
        }
        if (type.FindProperty(Conventions.Media.File) is null)
        {
            return $"A {type.Name} does not hold a file.";
        }
        var accepted = await AcceptedExtensionsAsync(type, cancellationToken);
        return accepted is null || accepted.Contains(extension, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"A {type.Name} takes {string.Join(", ", accepted.Select(e => "." + e))} files, not '.{extension}'.";
    }

    /// <summary>The extensions a type takes, or null when it takes any file.</summary>
    public async Task<IReadOnlyList<string>?> AcceptedExtensionsAsync(ContentType type, CancellationToken cancellationToken)
    {
        if (type.FindProperty(Conventions.Media.File) is not { } file)
        {
            return [];
        }
        if (string.Equals(file.EditorAlias, ImageCropperPropertyEditor.EditorAlias, StringComparison.OrdinalIgnoreCase))
        {
            return content.Value.Imaging.ImageFileTypes.Where(ImageFileReader.CanRead).ToList();
        }
        var configured = (await dataTypes.GetAsync(file.DataTypeKey, cancellationToken))?.GetStringList("fileExtensions") ?? [];
        if (configured.Count > 0)
        {
            return configured.Select(e => e.TrimStart('.')).ToList();
        }
        return type.Alias switch
        {
            Conventions.MediaTypes.AudioAlias => DefaultAudio,
            Conventions.MediaTypes.VideoAlias => DefaultVideo,
            _ => null,
        };
    }
}
