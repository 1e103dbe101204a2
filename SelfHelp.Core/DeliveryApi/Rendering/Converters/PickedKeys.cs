using System.Text.Json;
using SelfHelp.Core.PropertyEditors;

namespace SelfHelp.Core.DeliveryApi.Rendering.Converters;

/// <summary>Reads picked document keys from a Guid, a UDI, a comma-separated list or an array of either.</summary>
/// <remarks>Shared by the content picker editors (<c>PropertyEditors/</c>) and the Delivery API's <c>group:</c> index field.</remarks>
internal static class PickedKeys
{
    public static IEnumerable<Guid> Read(JsonElement? value) =>
        StoredList.Read(value).Select(reference => PickerReference.TryParse(reference, out var key) ? key : Guid.Empty).Where(k => k != Guid.Empty);
}
