using SelfHelp.Core.Search.Indexing;

namespace SelfHelp.Core.PropertyEditors;

/// <summary>
/// Choices from a list (dropdowns, checkboxes, radio buttons) and e-mail addresses: keywords for exact filters only.
/// Their values are keys ("sham-shui-po", "given"), not words a visitor searches for.
/// </summary>
internal sealed class ChoiceValueIndexer : IPropertyValueIndexer
{
    public void Index(PropertyValue value, IndexDocument document)
    {
        foreach (var choice in JsonValues.Strings(value.Value))
        {
            document.AddRaw(value.FieldName, choice);
        }
    }
}
