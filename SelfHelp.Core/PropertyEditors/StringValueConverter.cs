using System.Text.Json;
using SelfHelp.Core.DeliveryApi.Rendering;

namespace SelfHelp.Core.PropertyEditors;

/// <summary>Text editors (text box, text area, e-mail address, radio button list) output their string as stored (null when empty).</summary>
internal sealed class StringValueConverter : IDeliveryPropertyValueConverter
{
    public object? Convert(JsonElement? value, PropertyValueContext context) => value switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } other => other.ToString(),
        _ => null,
    };
}
