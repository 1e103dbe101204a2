using System.Text.Json;

namespace SelfHelp.Core.Visibility;

/// <summary>Finds every item key in a stored value, whatever the picker: Guids, UDIs (<c>umb://media/…</c>) and picker entries' keys.</summary>
internal static class PickedKeys
{
    public static void Collect(JsonElement value, ISet<Guid> keys)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                foreach (var part in value.GetString()!.Split(','))
                {
                    var text = part.Trim();
                    var guid = text.StartsWith("umb://", StringComparison.OrdinalIgnoreCase) ? text[(text.LastIndexOf('/') + 1)..] : text;
                    if (Guid.TryParse(guid, out var key))
                    {
                        keys.Add(key);
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    Collect(item, keys);
                }
                break;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Collect(property.Value, keys);
                }
                break;
        }
    }
}
