using System.Text.Json;

namespace SelfHelp.Core.DeliveryApi.Rendering.Converters;

/// <summary>Reads a stored list value: a JSON array of strings, one string, or Umbraco's older comma-separated or JSON-in-a-string forms.</summary>
/// <remarks>Shared by the list and picker editors (<c>PropertyEditors/</c>) and the Delivery API's keyword index fields.</remarks>
internal static class StoredList
{
    public static string[] Read(JsonElement? value)
    {
        switch (value)
        {
            case { ValueKind: JsonValueKind.Array } array:
                return array.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).Where(s => s.Length > 0).ToArray();
            case { ValueKind: JsonValueKind.String } text:
                var s = text.GetString()!.Trim();
                if (s.StartsWith('['))
                {
                    try
                    {
                        return Read(JsonDocument.Parse(s).RootElement.Clone());
                    }
                    catch (JsonException)
                    {
                        return [s];
                    }
                }
                return s.Length == 0 ? [] : s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            default:
                return [];
        }
    }
}
