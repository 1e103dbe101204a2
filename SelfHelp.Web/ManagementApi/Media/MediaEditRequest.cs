using System.Text.Json;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Media;
using ContentVariation = Umbraco.Cms.Core.Models.ContentVariation;
using static Umbraco.Cms.Core.Constants;

namespace SelfHelp.Web.ManagementApi.Media;

/// <summary>
/// Applies a create or update request's names and values to a media item, as Umbraco's value editors read them: an
/// upload (<c>{ temporaryFileId }</c>) in <c>umbracoFile</c> is returned to be stored by the media service; an image
/// keeps the file it has (the client cannot point it elsewhere) and takes the focal point and crops sent; the values
/// the server derives from the file (size, extension, pixels) are never taken from the client.
/// </summary>
internal sealed class MediaEditRequest
{
    private static readonly string[] DerivedFromFile =
        [Conventions.Media.Bytes, Conventions.Media.Extension, Conventions.Media.Width, Conventions.Media.Height];

    /// <summary>Validation errors keyed as Umbraco keys them (<c>$.variants[0].name</c>, <c>$.values[?(@.alias == …)].value</c>).</summary>
    public Dictionary<string, string[]> Errors { get; } = [];

    /// <summary>The temporary file sent for <c>umbracoFile</c>, if any.</summary>
    public Guid? TemporaryFileId { get; private set; }

    /// <summary>The focal point and crops sent with a new image, to set once its file is stored.</summary>
    public (ImageCropperFocalPoint? FocalPoint, IReadOnlyList<ImageCropperCrop> Crops)? NewImageCrops { get; private set; }

    public static string ValuePath(string alias, string? culture) =>
        $"$.values[?(@.alias == '{alias}' && @.culture == {(culture is null ? "null" : $"'{culture}'")} && @.segment == null)].value";

    public void Apply(ContentItem item, ContentType type, IReadOnlyList<MediaVariantRequestModel> variants, IReadOnlyList<MediaValueModel> values,
        string nameRequired, string invalidCrop)
    {
        ApplyNames(item, type, variants, nameRequired);
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (type.FindProperty(value.Alias) is not { } property)
            {
                Errors[$"$.values[{i}].alias"] = [$"There is no property '{value.Alias}' on {type.Name}."];
                continue;
            }
            if (DerivedFromFile.Contains(property.Alias, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            var culture = property.Variations.HasFlag(ContentVariation.Culture) ? value.Culture : null;
            if (property.Variations.HasFlag(ContentVariation.Culture) && string.IsNullOrEmpty(culture))
            {
                Errors[$"$.values[{i}].culture"] = ["This property varies by culture: name one."];
                continue;
            }
            if (string.Equals(property.Alias, Conventions.Media.File, StringComparison.OrdinalIgnoreCase))
            {
                ApplyFile(item, property, value.Value, culture, invalidCrop);
                continue;
            }
            item.SetValue(property.Alias, value.Value is { ValueKind: not JsonValueKind.Null } json ? json : null, culture);
        }
    }

    private void ApplyNames(ContentItem item, ContentType type, IReadOnlyList<MediaVariantRequestModel> variants, string nameRequired)
    {
        var named = false;
        for (var i = 0; i < variants.Count; i++)
        {
            var variant = variants[i];
            var culture = type.VariesByCulture ? variant.Culture : null;
            if (string.IsNullOrWhiteSpace(variant.Name) || (type.VariesByCulture && string.IsNullOrEmpty(culture)))
            {
                Errors[$"$.variants[{i}].name"] = [nameRequired];
                continue;
            }
            item.SetName(variant.Name.Trim(), culture);
            named = true;
        }
        if (!named && !Errors.Keys.Any(k => k.StartsWith("$.variants", StringComparison.Ordinal)))
        {
            Errors["$.variants[0].name"] = [nameRequired];
        }
    }

    private void ApplyFile(ContentItem item, PropertyType property, JsonElement? sent, string? culture, string invalidCrop)
    {
        if (sent is not { ValueKind: JsonValueKind.Object } value)
        {
            if (sent is null or { ValueKind: JsonValueKind.Null })
            {
                item.SetValue(property.Alias, null, culture);
            }
            return;
        }
        if (value.TryGetProperty("temporaryFileId", out var temporary) && temporary.ValueKind == JsonValueKind.String
            && Guid.TryParse(temporary.GetString(), out var temporaryId))
        {
            TemporaryFileId = temporaryId;
            if (MediaService.IsImageCropper(property) && ReadCrops(value, property.Alias, culture, invalidCrop) is { } crops)
            {
                NewImageCrops = crops;
            }
            return;
        }
        // No new file: an image keeps its src and takes the focal point and crops; an upload field keeps its value.
        if (MediaService.IsImageCropper(property) && ImageCropperValue.From(item.GetValue(property.Alias, culture)) is { } current
            && ReadCrops(value, property.Alias, culture, invalidCrop) is { } edit)
        {
            item.SetValue(property.Alias, current with
            {
                FocalPoint = edit.FocalPoint?.Normalised() ?? current.FocalPoint,
                Crops = edit.Crops.Count > 0 ? edit.Crops : current.Crops,
            }, culture);
        }
    }

    private (ImageCropperFocalPoint? FocalPoint, IReadOnlyList<ImageCropperCrop> Crops)? ReadCrops(JsonElement value, string alias, string? culture, string invalidCrop)
    {
        try
        {
            var focalPoint = value.TryGetProperty("focalPoint", out var f) && f.ValueKind == JsonValueKind.Object
                ? f.Deserialize<ImageCropperFocalPoint>(ContentJson.Options)
                : null;
            var crops = value.TryGetProperty("crops", out var c) && c.ValueKind == JsonValueKind.Array
                ? c.Deserialize<List<ImageCropperCrop>>(ContentJson.Options) ?? []
                : [];
            if (focalPoint is { IsWithinImage: false } || crops.Any(k => k.Coordinates is { LiesOnImage: false }))
            {
                Errors[ValuePath(alias, culture)] = [invalidCrop];
                return null;
            }
            return (focalPoint, crops);
        }
        catch (JsonException)
        {
            Errors[ValuePath(alias, culture)] = [invalidCrop];
            return null;
        }
    }
}
