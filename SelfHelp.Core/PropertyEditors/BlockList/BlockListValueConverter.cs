using System.Text.Json;
using SelfHelp.Core.DeliveryApi.Rendering;
using Umbraco.Cms.Core.Models.DeliveryApi;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors.BlockList;

/// <summary>A block list outputs <c>{"items":[{"content":{…},"settings":{…}|null}]}</c>; null when empty.</summary>
internal sealed class BlockListValueConverter : IDeliveryPropertyValueConverter
{
    public object? Convert(JsonElement? value, PropertyValueContext context) =>
        value is { } stored && BlockValue.Render(stored, Aliases.BlockList, context) is { Count: > 0 } items
            ? new ApiBlockListModel(items)
            : null;
}
