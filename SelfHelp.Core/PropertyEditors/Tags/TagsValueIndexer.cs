using SelfHelp.Core.Search.Indexing;

namespace SelfHelp.Core.PropertyEditors.Tags;

/// <summary>Tags: each a keyword (exact filters), and findable as words, since editors add them to be found.</summary>
internal sealed class TagsValueIndexer : IPropertyValueIndexer
{
    public void Index(PropertyValue value, IndexDocument document)
    {
        foreach (var tag in JsonValues.Strings(value.Value))
        {
            document.AddRaw(value.FieldName, tag);
            document.AddTierText(value.Culture, TextTier.Body, tag);
        }
    }
}
