using System.Text.Json;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.PublishedCache;
using Umbraco.Cms.Core.Models.DeliveryApi;

namespace SelfHelp.Core.DeliveryApi.Rendering;

/// <summary>Builds the nested parts of an output (picked items, media, block elements, routes) for property value converters.</summary>
public interface IDeliveryContentRenderer
{
    /// <summary>A picked document that may be shown in the rendering's culture, or null.</summary>
    PublishedContent? FindContent(Guid key, RenderContext context);

    /// <summary>A picked media item (never trashed), or null.</summary>
    PublishedContent? FindMedia(Guid key, RenderContext context);

    /// <summary>A picked document: shallow (<c>properties: {}</c>) unless <c>expand</c> names the property.</summary>
    IApiContent? RenderContent(Guid key, PropertyValueContext context);

    /// <summary>A picked media item with its crops; its properties only when expanded (or always, by setting).</summary>
    IApiMediaWithCrops? RenderMedia(Guid key, ImageFocalPoint? localFocalPoint, IReadOnlyList<ImageCrop>? localCrops, PropertyValueContext context);

    /// <summary>A block's element: its properties are always output, nested pickers expand as <c>expand</c> says.</summary>
    IApiElement RenderElement(Guid key, ContentType elementType, Func<PropertyType, JsonElement?> values, PropertyValueContext context);

    /// <summary>The route of a document in the rendering's culture, or null when it has none there.</summary>
    IApiContentRoute? RenderRoute(PublishedContent content, RenderContext context);

    /// <summary>The public URL of a media item's file ("" for folders).</summary>
    string MediaUrl(PublishedContent media, RenderContext context);
}
