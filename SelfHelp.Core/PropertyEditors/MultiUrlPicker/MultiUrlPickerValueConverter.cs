using System.Text.Json;
using SelfHelp.Core.DeliveryApi.Rendering;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models.DeliveryApi;

namespace SelfHelp.Core.PropertyEditors.MultiUrlPicker;

/// <summary>
/// The multi URL picker outputs <see cref="ApiLink"/>s (Content with its route, Media with its URL, External); links to
/// items that may not be shown are left out. A picker limited to one link outputs that link alone.
/// </summary>
internal sealed class MultiUrlPickerValueConverter : IDeliveryPropertyValueConverter
{
    public object? Convert(JsonElement? value, PropertyValueContext context)
    {
        var links = new List<ApiLink>();
        if (value is { ValueKind: JsonValueKind.Array } entries)
        {
            foreach (var entry in entries.EnumerateArray())
            {
                if (entry.ValueKind == JsonValueKind.Object && ToLink(entry, context) is { } link)
                {
                    links.Add(link);
                }
            }
        }
        return context.DataType?.GetInt("maxNumber") == 1 ? links.FirstOrDefault() : links;
    }

    private static ApiLink? ToLink(JsonElement entry, PropertyValueContext context)
    {
        var name = Text(entry, "name") ?? "";
        var target = Text(entry, "target");
        var queryString = Text(entry, "queryString");
        var (type, key) = Destination(entry);
        switch (type)
        {
            case Constants.UdiEntityType.Document:
                return context.Renderer.FindContent(key, context.Render) is { } content && context.Renderer.RenderRoute(content, context.Render) is { } route
                    ? ApiLink.Content(name, queryString, target, content.Key, content.ContentTypeAlias, route, null)
                    : null;
            case Constants.UdiEntityType.Media:
                return context.Renderer.FindMedia(key, context.Render) is { } media
                    ? ApiLink.Media(name, context.Renderer.MediaUrl(media, context.Render), queryString, target, media.Key, media.ContentTypeAlias)
                    : null;
            default:
                return Text(entry, "url") is { Length: > 0 } url ? ApiLink.External(name, url, queryString, target) : null;
        }
    }

    // Umbraco 14+ writes {"type":"document","unique":"…"}; older values carry a UDI.
    private static (string? Type, Guid Key) Destination(JsonElement entry)
    {
        if (Text(entry, "unique") is { } unique && Guid.TryParse(unique, out var key))
        {
            return (Text(entry, "type")?.ToLowerInvariant(), key);
        }
        if (Text(entry, "udi") is { } udi && UdiParser.TryParse(udi, out Udi? parsed) && parsed is GuidUdi guidUdi && PickerReference.TryParse(udi, out key))
        {
            return (guidUdi.EntityType, key);
        }
        return (null, Guid.Empty);
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
