using System.Text.Json;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.DeliveryApi.Rendering.Converters;

namespace SelfHelp.Core.PropertyEditors;

/// <summary>Checkbox lists and tags output their values as an array of strings.</summary>
internal sealed class StringListValueConverter : IDeliveryPropertyValueConverter
{
    public object? Convert(JsonElement? value, PropertyValueContext context) => StoredList.Read(value);
}
