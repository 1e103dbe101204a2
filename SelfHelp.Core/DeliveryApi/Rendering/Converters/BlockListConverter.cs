using System.Text.Json;
using Umbraco.Cms.Core.Models.DeliveryApi;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.DeliveryApi.Rendering.Converters;

/// <summary>A block list outputs <c>{"items":[{"content":{…},"settings":{…}|null}]}</c>; null when empty.</summary>
internal sealed class BlockListConverter : IDeliveryPropertyValueConverter
{
    public string EditorAlias => Aliases.BlockList;

    public object? Convert(JsonElement? value, PropertyValueContext context) =>
        value is { } stored && BlockValue.Render(stored, Aliases.BlockList, context) is { Count: > 0 } items
            ? new ApiBlockListModel(items)
            : null;
}
