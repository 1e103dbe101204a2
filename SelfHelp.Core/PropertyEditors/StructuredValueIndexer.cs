using SelfHelp.Core.Search.Indexing;

namespace SelfHelp.Core.PropertyEditors;

/// <summary>
/// Structured values (block lists, link pickers, files, and editors no folder claims): the readable text inside the
/// value, keys and aliases left out, so a block's heading or a link's title is still found.
/// </summary>
internal sealed class StructuredValueIndexer : IPropertyValueIndexer
{
    public void Index(PropertyValue value, IndexDocument document)
    {
        var text = string.Join('\n', JsonValues.ReadableText(value.Value));
        if (text.Length > 0)
        {
            document.AddText(value.FieldName, text);
            document.AddTierText(value.Culture, TextTier.Body, text);
        }
    }
}
