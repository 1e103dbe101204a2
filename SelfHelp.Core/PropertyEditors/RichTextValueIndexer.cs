using System.Text.Json;
using SelfHelp.Core.Search.Indexing;

namespace SelfHelp.Core.PropertyEditors;

/// <summary>Rich text (<c>{"markup": "&lt;p&gt;..."}</c> or bare markup) indexed as the text a reader sees, not its tags.</summary>
internal sealed class RichTextValueIndexer : IPropertyValueIndexer
{
    public void Index(PropertyValue value, IndexDocument document)
    {
        var markup = value.Value.ValueKind switch
        {
            JsonValueKind.String => value.Value.GetString(),
            JsonValueKind.Object when value.Value.TryGetProperty("markup", out var m) && m.ValueKind == JsonValueKind.String => m.GetString(),
            _ => null,
        };
        var text = HtmlText.ToPlainText(markup);
        if (text.Length > 0)
        {
            document.AddText(value.FieldName, text);
            document.AddTierText(value.Culture, value.Tier, text);
        }
    }
}
