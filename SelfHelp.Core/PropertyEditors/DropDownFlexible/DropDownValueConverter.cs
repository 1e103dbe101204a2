using System.Text.Json;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.DeliveryApi.Rendering.Converters;

namespace SelfHelp.Core.PropertyEditors.DropDownFlexible;

/// <summary>A dropdown outputs one string, or an array when its data type allows several choices.</summary>
internal sealed class DropDownValueConverter : IDeliveryPropertyValueConverter
{
    public object? Convert(JsonElement? value, PropertyValueContext context)
    {
        var chosen = StoredList.Read(value);
        return context.DataType?.GetBool("multiple") == true ? chosen : chosen.FirstOrDefault();
    }
}
