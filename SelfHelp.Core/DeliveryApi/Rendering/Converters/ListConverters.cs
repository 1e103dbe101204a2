using System.Text.Json;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.DeliveryApi.Rendering.Converters;

/// <summary>Reads a stored list value: a JSON array of strings, one string, or Umbraco's older comma-separated or JSON-in-a-string forms.</summary>
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

/// <summary>A dropdown outputs one string, or an array when its data type allows several choices.</summary>
internal sealed class DropDownConverter : IDeliveryPropertyValueConverter
{
    public string EditorAlias => Aliases.DropDownListFlexible;

    public object? Convert(JsonElement? value, PropertyValueContext context)
    {
        var chosen = StoredList.Read(value);
        return context.DataType?.GetBool("multiple") == true ? chosen : chosen.FirstOrDefault();
    }
}

/// <summary>A checkbox list outputs the checked values as an array of strings.</summary>
internal sealed class CheckBoxListConverter : IDeliveryPropertyValueConverter
{
    public string EditorAlias => Aliases.CheckBoxList;

    public object? Convert(JsonElement? value, PropertyValueContext context) => StoredList.Read(value);
}

/// <summary>Tags output as an array of strings.</summary>
internal sealed class TagsConverter : IDeliveryPropertyValueConverter
{
    public string EditorAlias => Aliases.Tags;

    public object? Convert(JsonElement? value, PropertyValueContext context) => StoredList.Read(value);
}
