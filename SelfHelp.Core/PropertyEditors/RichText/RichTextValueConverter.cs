using System.Text.Json;
using SelfHelp.Core.DeliveryApi.Rendering;
using Umbraco.Cms.Core.Models.DeliveryApi;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.RichText;

/// <summary>
/// Rich text outputs <c>{"markup":"…","blocks":[…]}</c>, or Umbraco's element tree when <c>RichTextOutputAsJson</c>
/// is on. The stored value is Umbraco 14+'s <c>{"markup","blocks"}</c> or plain HTML.
/// </summary>
internal sealed class RichTextValueConverter(bool outputAsJson) : IDeliveryPropertyValueConverter
{
    public object? Convert(JsonElement? value, PropertyValueContext context)
    {
        var (html, blocksValue) = value switch
        {
            { ValueKind: JsonValueKind.String } text => (text.GetString() ?? "", (JsonElement?)null),
            { ValueKind: JsonValueKind.Object } json => (
                json.TryGetProperty("markup", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() ?? "" : "",
                json.TryGetProperty("blocks", out var b) && b.ValueKind == JsonValueKind.Object ? b : (JsonElement?)null),
            _ => ("", null),
        };
        var blocks = blocksValue is { } stored ? BlockValue.Render(stored, Aliases.RichText, context) : [];
        if (outputAsJson)
        {
            return string.IsNullOrWhiteSpace(html) ? null : RichTextElements.Parse(html, blocks, context);
        }
        return new RichTextModel { Markup = RichTextMarkup.Process(html, context), Blocks = blocks };
    }
}
