using System.Text.Json;
using SelfHelp.Core.Search.Indexing;

namespace SelfHelp.Core.PropertyEditors;

/// <summary>Plain text (text box, text area, markdown): searchable in its field and in its tier.</summary>
internal sealed class TextValueIndexer : IPropertyValueIndexer
{
    public void Index(PropertyValue value, IndexDocument document)
    {
        if (value.Value.ValueKind == JsonValueKind.String && value.Value.GetString() is { Length: > 0 } text)
        {
            document.AddText(value.FieldName, text);
            document.AddTierText(value.Culture, value.Tier, text);
        }
    }
}
