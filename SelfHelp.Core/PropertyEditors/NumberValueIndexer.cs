using System.Globalization;
using System.Text.Json;
using SelfHelp.Core.Search.Indexing;

namespace SelfHelp.Core.PropertyEditors;

/// <summary>Numbers and true/false as numeric fields.</summary>
internal sealed class NumberValueIndexer : IPropertyValueIndexer
{
    public void Index(PropertyValue value, IndexDocument document)
    {
        switch (value.Value.ValueKind)
        {
            case JsonValueKind.Number when value.Value.TryGetInt64(out var whole):
                document.AddLong(value.FieldName, whole);
                break;
            case JsonValueKind.Number:
                document.AddDouble(value.FieldName, value.Value.GetDouble());
                break;
            case JsonValueKind.True or JsonValueKind.False:
                document.AddLong(value.FieldName, value.Value.GetBoolean() ? 1 : 0);
                break;
            case JsonValueKind.String when double.TryParse(value.Value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                document.AddDouble(value.FieldName, parsed);
                break;
        }
    }
}
