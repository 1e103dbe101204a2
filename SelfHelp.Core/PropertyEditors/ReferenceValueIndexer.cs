using SelfHelp.Core.Search.Indexing;

namespace SelfHelp.Core.PropertyEditors;

/// <summary>Pickers: the picked keys and UDIs as keywords, so "items that link to X" can be asked; no free text.</summary>
internal sealed class ReferenceValueIndexer : IPropertyValueIndexer
{
    public void Index(PropertyValue value, IndexDocument document)
    {
        foreach (var reference in JsonValues.References(value.Value))
        {
            document.AddRaw(value.FieldName, reference);
        }
    }
}
