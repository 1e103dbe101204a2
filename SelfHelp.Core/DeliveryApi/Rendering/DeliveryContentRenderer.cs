using System.Text.Json;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.DeliveryApi.Access;
using SelfHelp.Core.DeliveryApi.Expansion;
using SelfHelp.Core.DeliveryApi.Models;
using SelfHelp.Core.PropertyEditors;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Visibility;
using Umbraco.Cms.Core.Models.DeliveryApi;

namespace SelfHelp.Core.DeliveryApi.Rendering;

/// <summary>
/// Builds Delivery API response models from published items: content, media, block elements and routes, with each
/// property converted by its editor's converter and <c>expand</c>/<c>fields</c> honoured at every depth.
/// </summary>
internal sealed class DeliveryContentRenderer(
    PropertyEditorCollection editors,
    IPublicVisibility visibility,
    IDeliveryApiAccess access,
    IOptions<DeliveryApiOutputSettings> outputSettings) : IDeliveryContentRenderer
{
    private readonly bool _alwaysExpandMedia = outputSettings.Value.AlwaysExpandMediaProperties;

    /// <summary>The requested item, or null when it has no route in the culture.</summary>
    public ApiContentResponse? BuildContent(PublishedContent content, RenderContext context, PropertyTree? expand, PropertyTree? fields)
    {
        context.Dependencies.ChangesAt(visibility.BecomesPublicAt(content, context.Culture));
        if (RenderRoute(content, context.Culture, context) is not { } route)
        {
            return null;
        }
        var properties = MapProperties(content, context, Expansion.TopLevel(expand, fields), force: false, skipUmbraco: false);
        var cultures = new Dictionary<string, IApiContentRoute>();
        foreach (var culture in content.Cultures.Keys)
        {
            if ((context.Preview || visibility.IsPublic(content, culture)) && RenderRoute(content, culture, context) is { } cultureRoute)
            {
                cultures[culture.ToLowerInvariant()] = cultureRoute;
            }
        }
        return new ApiContentResponse(content.Key, content.GetName(context.Culture) ?? "", content.ContentTypeAlias, content.CreateDate,
            UpdateDate(content, context.Culture), route, properties, cultures);
    }

    /// <summary>A media item as the media endpoints answer it.</summary>
    public ApiMediaWithCropsResponse BuildMedia(PublishedContent media, RenderContext context, PropertyTree? expand, PropertyTree? fields)
    {
        var file = MediaFile.Read(media, context.Culture);
        var properties = MapProperties(media, context, Expansion.TopLevel(expand, fields), force: false, skipUmbraco: true);
        return new ApiMediaWithCropsResponse(InnerMedia(media, file, properties, context), file.FocalPoint, file.Crops,
            MediaPath(media, context), media.CreateDate, media.UpdateDate);
    }

    public PublishedContent? FindContent(Guid key, RenderContext context)
    {
        var content = context.Snapshot.GetByKey(key);
        context.Dependencies.Saw(key, content);
        if (content is not { ObjectType: NodeObjectType.Document } || !access.IsAllowedContentType(content.ContentTypeAlias))
        {
            return null;
        }
        context.Dependencies.ChangesAt(visibility.BecomesPublicAt(content, context.Culture));
        return visibility.IsPublic(content, context.Culture) ? content : null;
    }

    public PublishedContent? FindMedia(Guid key, RenderContext context)
    {
        var media = context.Snapshot.GetByKey(key);
        context.Dependencies.Saw(key, media);
        return media is { ObjectType: NodeObjectType.Media } && IsPublicMedia(media, context) ? media : null;
    }

    public IApiContent? RenderContent(Guid key, PropertyValueContext context)
    {
        var render = context.Render;
        if (FindContent(key, render) is not { } content || RenderRoute(content, render.Culture, render) is not { } route)
        {
            return null;
        }
        var properties = MapProperties(content, render, context.Expansion, force: false, skipUmbraco: false);
        return new ApiContent(content.Key, content.GetName(render.Culture) ?? "", content.ContentTypeAlias, content.CreateDate,
            UpdateDate(content, render.Culture), route, properties);
    }

    public IApiMediaWithCrops? RenderMedia(Guid key, ImageFocalPoint? localFocalPoint, IReadOnlyList<ImageCrop>? localCrops, PropertyValueContext context)
    {
        var render = context.Render;
        if (FindMedia(key, render) is not { } media)
        {
            return null;
        }
        var file = MediaFile.Read(media, render.Culture);
        var properties = MapProperties(media, render, context.Expansion, force: _alwaysExpandMedia, skipUmbraco: true);
        return new ApiMediaWithCrops(InnerMedia(media, file, properties, render), localFocalPoint ?? file.FocalPoint,
            localCrops is { Count: > 0 } ? localCrops : file.Crops);
    }

    public IApiElement RenderElement(Guid key, ContentType elementType, Func<PropertyType, JsonElement?> values, PropertyValueContext context) =>
        new ApiElement(key, elementType.Alias, MapProperties(elementType, values, context.Render, context.Expansion, force: true, skipUmbraco: false));

    public IApiContentRoute? RenderRoute(PublishedContent content, RenderContext context) => RenderRoute(content, context.Culture, context);

    public string MediaUrl(PublishedContent media, RenderContext context) => MediaFile.Read(media, context.Culture).Url;

    /// <summary>
    /// The path below the item's root, with the root as start item: Umbraco hides the root's own segment, so every
    /// root's children answer "/child/" and the Start-Item header tells roots apart.
    /// </summary>
    private static IApiContentRoute? RenderRoute(PublishedContent content, string culture, RenderContext context)
    {
        if (content.Cultures.GetValueOrDefault(culture) is not { } own)
        {
            return null;
        }
        var rootId = TreePath.RootId(content);
        var root = rootId == content.Id ? content : context.Snapshot.GetById(rootId);
        if (root?.Cultures.GetValueOrDefault(culture) is not { } rootCulture)
        {
            return new ApiContentRoute(own.Route, new ApiContentStartItem(content.Key, own.UrlSegment));
        }
        context.Dependencies.Saw(root.Key, root);
        var path = rootCulture.Route != "/" && own.Route.StartsWith(rootCulture.Route, StringComparison.OrdinalIgnoreCase)
            ? "/" + own.Route[rootCulture.Route.Length..]
            : own.Route;
        return new ApiContentRoute(path, new ApiContentStartItem(root.Key, rootCulture.UrlSegment));
    }

    /// <summary>False for a media item staff keep private (<see cref="IPublicVisibility.IsPublicMedia"/>).</summary>
    public bool IsPublicMedia(PublishedContent media, RenderContext context) =>
        visibility.IsPublicMedia(media, context.Snapshot, context.Schema.GetType);

    // An item's own properties, from the values the public may see (internal ones gone, names hidden when anonymised).
    private IDictionary<string, object?> MapProperties(PublishedContent item, RenderContext context, Expansion expansion, bool force, bool skipUmbraco)
    {
        var type = context.Schema.GetType(item.ContentTypeAlias);
        return MapProperties(type, p => visibility.PublicValue(item, type!, p.Alias, context.Culture), context, expansion, force, skipUmbraco);
    }

    private IDictionary<string, object?> MapProperties(
        ContentType? type, Func<PropertyType, JsonElement?> values, RenderContext context, Expansion expansion, bool force, bool skipUmbraco)
    {
        var result = new Dictionary<string, object?>();
        // Umbraco's rule: inside another item, properties are only output when expanded (blocks always are).
        if (type is null || (expansion.Nested && expansion.Expand is null && !force))
        {
            return result;
        }
        foreach (var property in type.Properties)
        {
            if ((skipUmbraco && property.Alias.StartsWith("umbraco", StringComparison.Ordinal)) || !visibility.IsPublicProperty(type, property.Alias))
            {
                continue;
            }
            var include = expansion.Include?.Next(property.Alias);
            if (expansion.Include is { Limits: true } && include is null)
            {
                continue;
            }
            var dataType = context.Schema.GetDataType(property.DataTypeKey);
            var next = new PropertyValueContext(property, dataType, context, new Expansion(expansion.Expand?.Next(property.Alias), include, Nested: true), this);
            var value = values(property);
            result[property.Alias] = editors[dataType?.EditorAlias ?? property.EditorAlias].DeliveryValueConverter is { } converter
                ? converter.Convert(value, next)
                : value;
        }
        return result;
    }

    private ApiMedia InnerMedia(PublishedContent media, MediaFile file, IDictionary<string, object?> properties, RenderContext context) =>
        new(media.Key, media.GetName(context.Culture) ?? "", media.ContentTypeAlias, file.Url, file.Extension!, file.Width, file.Height, file.Bytes, properties);

    // Umbraco's media path: the names from the root down, lower-cased, e.g. "/photos/group-meeting.jpg/".
    private static string MediaPath(PublishedContent media, RenderContext context)
    {
        var names = TreePath.AncestorIds(media).Select(id => context.Snapshot.GetById(id)?.GetName(context.Culture)).OfType<string>()
            .Append(media.GetName(context.Culture) ?? "");
        return "/" + string.Join('/', names.Select(n => n.ToLowerInvariant())) + "/";
    }

    private static DateTime UpdateDate(PublishedContent content, string culture) =>
        content.ObjectType == NodeObjectType.Document && content.Cultures.GetValueOrDefault(culture) is { } published
            ? published.PublishDate
            : content.UpdateDate;
}
