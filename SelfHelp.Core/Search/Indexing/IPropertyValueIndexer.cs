using System.Text.Json;
using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Core.Search.Indexing;

/// <summary>One property value to index: the property, its culture (null when invariant), the value and its text tier.</summary>
internal sealed record PropertyValue(PropertyType Property, string? Culture, JsonElement Value, TextTier Tier)
{
    /// <summary>The Examine field name: <c>{alias}_{culture}</c> or the alias.</summary>
    public string FieldName => IndexFieldNames.ForCulture(Property.Alias, Culture);
}

/// <summary>
/// Writes the values of one property editor into a document (Umbraco's <c>IPropertyIndexValueFactory</c>); each
/// editor's folder under <c>PropertyEditors/</c> names the one it uses.
/// </summary>
internal interface IPropertyValueIndexer
{
    void Index(PropertyValue value, IndexDocument document);
}
