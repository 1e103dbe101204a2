using System.Text.Json;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.DeliveryApi.Rendering.Converters;
using Umbraco.Cms.Core.Models.DeliveryApi;

namespace SelfHelp.Core.PropertyEditors.MultiNodeTreePicker;

/// <summary>A multinode tree picker outputs an array of the picked items that may be shown, in the picked order.</summary>
internal sealed class MultiNodeTreePickerValueConverter : IDeliveryPropertyValueConverter
{
    public object? Convert(JsonElement? value, PropertyValueContext context) =>
        PickedKeys.Read(value).Select(key => context.Renderer.RenderContent(key, context)).OfType<IApiContent>().ToArray();
}
