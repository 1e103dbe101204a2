using System.Text.Json;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.DeliveryApi.Rendering.Converters;

namespace SelfHelp.Core.PropertyEditors.ContentPicker;

/// <summary>A content picker outputs the picked item (shallow unless expanded), or null when it may not be shown.</summary>
internal sealed class ContentPickerValueConverter : IDeliveryPropertyValueConverter
{
    public object? Convert(JsonElement? value, PropertyValueContext context) =>
        PickedKeys.Read(value).FirstOrDefault() is var key && key != Guid.Empty ? context.Renderer.RenderContent(key, context) : null;
}
