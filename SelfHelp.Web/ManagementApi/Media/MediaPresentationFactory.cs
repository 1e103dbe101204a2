using System.Text.Json;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Media;
using SelfHelp.Web.ManagementApi.Common;
using static Umbraco.Cms.Core.Constants;

namespace SelfHelp.Web.ManagementApi.Media;

/// <summary>Turns media items into the Management API's shapes: tree nodes, picker items, the workspace's detail.</summary>
internal sealed class MediaPresentationFactory(IMediaService media, IContentTypeService types, IDataTypeService dataTypes)
{
    private const string UploadFieldEditor = "Umbraco.UploadField";
    private const string DefaultIcon = "icon-picture";

    /// <summary>Tree nodes for items that share a parent; <paramref name="hiddenTypes"/> do not count as children.</summary>
    public async Task<IReadOnlyList<MediaTreeItemResponseModel>> TreeItemsAsync(IReadOnlyList<ContentItem> items, IReadOnlyCollection<string> hiddenTypes,
        Func<ContentItem, bool>? noAccess, CancellationToken cancellationToken)
    {
        var withChildren = await media.GetIdsWithChildrenAsync(items.Select(i => i.Id).ToList(), hiddenTypes, cancellationToken);
        var parents = await ParentKeysAsync(items, cancellationToken);
        var result = new List<MediaTreeItemResponseModel>(items.Count);
        foreach (var item in items)
        {
            result.Add(new MediaTreeItemResponseModel(
                withChildren.Contains(item.Id), item.Key, parents[item.Id], [], noAccess?.Invoke(item) ?? false, item.Trashed,
                item.CreateDate, await TypeReferenceAsync(item, cancellationToken), VariantItems(item)));
        }
        return result;
    }

    public async Task<IReadOnlyList<MediaItemResponseModel>> ItemsAsync(IReadOnlyList<ContentItem> items, IReadOnlyCollection<string> hiddenTypes,
        CancellationToken cancellationToken)
    {
        var tree = await TreeItemsAsync(items, hiddenTypes, null, cancellationToken);
        return tree.Select(t => new MediaItemResponseModel(t.Id, t.Flags, t.IsTrashed, t.Parent, t.HasChildren, t.MediaType, t.Variants)).ToList();
    }

    public async Task<IReadOnlyList<MediaRecycleBinItemResponseModel>> RecycleBinItemsAsync(IReadOnlyList<ContentItem> items, IReadOnlyCollection<string> hiddenTypes,
        CancellationToken cancellationToken)
    {
        var tree = await TreeItemsAsync(items, hiddenTypes, null, cancellationToken);
        return tree.Select(t => new MediaRecycleBinItemResponseModel(t.Id, t.CreateDate, t.HasChildren, t.Parent, t.MediaType, t.Variants)).ToList();
    }

    public async Task<MediaResponseModel> DetailAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var type = await TypeOfAsync(item, cancellationToken);
        var values = new List<MediaValueResponseModel>();
        foreach (var property in type.Properties.OrderBy(p => p.SortOrder))
        {
            if (!item.Draft.Properties.TryGetValue(property.Alias, out var byCulture))
            {
                continue;
            }
            foreach (var (culture, value) in byCulture)
            {
                values.Add(new MediaValueResponseModel(culture.Length == 0 ? null : culture, null, property.Alias,
                    await ToEditorAsync(property, value, cancellationToken), property.EditorAlias));
            }
        }
        var variants = item.Draft.Names
            .Select(n => new MediaVariantResponseModel(n.Key.Length == 0 ? null : n.Key, null, n.Value, item.CreateDate, item.UpdateDate))
            .ToList();
        return new MediaResponseModel(values, variants, item.Key, [], item.Trashed, await TypeReferenceAsync(item, cancellationToken));
    }

    /// <summary>The URL of the item's file (the <c>src</c> of an image), or null when it has none.</summary>
    public static string? FileUrl(ContentItem item) => item.GetValue(Conventions.Media.File) switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Object } json => ImageCropperValue.From(json)?.Src,
        _ => null,
    };

    public async Task<ContentType> TypeOfAsync(ContentItem item, CancellationToken cancellationToken) =>
        await types.GetAsync(item.ContentTypeAlias, cancellationToken)
        ?? throw new InvalidOperationException($"Media item {item.Id} has the unknown type '{item.ContentTypeAlias}'.");

    // The client reads an upload field as { src } and an image cropper with every configured crop present.
    private async Task<JsonElement?> ToEditorAsync(PropertyType property, JsonElement value, CancellationToken cancellationToken)
    {
        if (string.Equals(property.EditorAlias, UploadFieldEditor, StringComparison.OrdinalIgnoreCase) && value.ValueKind == JsonValueKind.String)
        {
            return JsonSerializer.SerializeToElement(new { src = value.GetString() });
        }
        if (MediaService.IsImageCropper(property) && ImageCropperValue.From(value) is { } cropper)
        {
            var crops = ImageCropConfiguration.From(await dataTypes.GetAsync(property.DataTypeKey, cancellationToken));
            return JsonSerializer.SerializeToElement(cropper.WithConfiguredCrops(crops), ContentJson.Options);
        }
        return value;
    }

    private async Task<MediaTypeReferenceResponseModel> TypeReferenceAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var type = await TypeOfAsync(item, cancellationToken);
        return new MediaTypeReferenceResponseModel(type.Key, string.IsNullOrWhiteSpace(type.Icon) ? DefaultIcon : type.Icon, null);
    }

    private static IReadOnlyList<MediaVariantItemResponseModel> VariantItems(ContentItem item) =>
        item.Draft.Names.Select(n => new MediaVariantItemResponseModel(n.Value, n.Key.Length == 0 ? null : n.Key)).ToList();

    private async Task<Dictionary<int, ReferenceByIdModel?>> ParentKeysAsync(IReadOnlyList<ContentItem> items, CancellationToken cancellationToken)
    {
        var keys = new Dictionary<int, ReferenceByIdModel?>();
        var byParent = new Dictionary<int, ReferenceByIdModel?>();
        foreach (var item in items)
        {
            if (!byParent.TryGetValue(item.ParentId, out var parent))
            {
                parent = item.ParentId > 0 && await media.GetAsync(item.ParentId, cancellationToken) is { } found ? new ReferenceByIdModel(found.Key) : null;
                byParent[item.ParentId] = parent;
            }
            keys[item.Id] = parent;
        }
        return keys;
    }
}
