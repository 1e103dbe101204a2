using System.Text.Json;
using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Core.DeliveryApi.Rendering;

/// <summary>
/// Turns a stored property value into what the Delivery API outputs for one property editor (Umbraco's
/// <c>IDeliveryApiPropertyValueConverter</c>); each editor's folder under <c>PropertyEditors/</c> names the one it uses.
/// </summary>
public interface IDeliveryPropertyValueConverter
{
    /// <summary>The output value; null when the stored value is absent or points at nothing that may be shown.</summary>
    object? Convert(JsonElement? value, PropertyValueContext context);
}

/// <summary>What a converter may need besides the value: the property, its data type, the rendering and the renderer for nested items.</summary>
public sealed record PropertyValueContext(
    PropertyType Property,
    DataTypeInfo? DataType,
    RenderContext Render,
    Expansion Expansion,
    IDeliveryContentRenderer Renderer);
