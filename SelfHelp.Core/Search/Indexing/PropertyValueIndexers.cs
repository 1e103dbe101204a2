using System.Globalization;
using System.Text.Json;
using SelfHelp.Core.ContentTypes;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.Search.Indexing;

/// <summary>One property value to index: the property, its culture (null when invariant), the value and its text tier.</summary>
internal sealed record PropertyValue(PropertyType Property, string? Culture, JsonElement Value, TextTier Tier)
{
    /// <summary>The Examine field name: <c>{alias}_{culture}</c> or the alias.</summary>
    public string FieldName => IndexFieldNames.ForCulture(Property.Alias, Culture);
}

/// <summary>
/// Writes the values of one family of property editors into a document. Add a class to index another editor;
/// editors no indexer claims fall back to <see cref="StructuredValueIndexer"/>.
/// </summary>
internal interface IPropertyValueIndexer
{
    bool CanIndex(string editorAlias);

    void Index(PropertyValue value, IndexDocument document);
}

/// <summary>Plain text (text box, text area, markdown): searchable in its field and in its tier.</summary>
internal sealed class TextValueIndexer : IPropertyValueIndexer
{
    public bool CanIndex(string editorAlias) => editorAlias is Aliases.TextBox or Aliases.TextArea or Aliases.MarkdownEditor;

    public void Index(PropertyValue value, IndexDocument document)
    {
        if (value.Value.ValueKind == JsonValueKind.String && value.Value.GetString() is { Length: > 0 } text)
        {
            document.AddText(value.FieldName, text);
            document.AddTierText(value.Culture, value.Tier, text);
        }
    }
}

/// <summary>Rich text (<c>{"markup": "&lt;p&gt;..."}</c> or bare markup) indexed as the text a reader sees, not its tags.</summary>
internal sealed class RichTextValueIndexer : IPropertyValueIndexer
{
    public bool CanIndex(string editorAlias) => editorAlias is Aliases.RichText or "Umbraco.TinyMCE";

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

/// <summary>Tags: each a keyword (exact filters), and findable as words, since editors add them to be found.</summary>
internal sealed class TagsValueIndexer : IPropertyValueIndexer
{
    public bool CanIndex(string editorAlias) => editorAlias is Aliases.Tags;

    public void Index(PropertyValue value, IndexDocument document)
    {
        foreach (var tag in JsonValues.Strings(value.Value))
        {
            document.AddRaw(value.FieldName, tag);
            document.AddTierText(value.Culture, TextTier.Body, tag);
        }
    }
}

/// <summary>
/// Choices from a list (dropdowns, checkboxes, radio buttons) and e-mail addresses: keywords for exact filters only.
/// Their values are keys ("sham-shui-po", "given"), not words a visitor searches for.
/// </summary>
internal sealed class ChoiceValueIndexer : IPropertyValueIndexer
{
    public bool CanIndex(string editorAlias) =>
        editorAlias is Aliases.DropDownListFlexible or Aliases.CheckBoxList or Aliases.RadioButtonList or Aliases.EmailAddress;

    public void Index(PropertyValue value, IndexDocument document)
    {
        foreach (var choice in JsonValues.Strings(value.Value))
        {
            document.AddRaw(value.FieldName, choice);
        }
    }
}

/// <summary>Dates as UTC ticks (Examine's datetime fields), so date ranges are numeric.</summary>
internal sealed class DateValueIndexer : IPropertyValueIndexer
{
    public bool CanIndex(string editorAlias) =>
        editorAlias is Aliases.DateTime or "Umbraco.DateOnly" or "Umbraco.DateTimeUnspecified" or "Umbraco.DateTimeWithTimeZone";

    public void Index(PropertyValue value, IndexDocument document)
    {
        if (JsonValues.Date(value.Value) is { } date)
        {
            document.AddDate(value.FieldName, date);
        }
    }
}

/// <summary>Numbers and true/false as numeric fields.</summary>
internal sealed class NumberValueIndexer : IPropertyValueIndexer
{
    public bool CanIndex(string editorAlias) => editorAlias is Aliases.Integer or Aliases.Decimal or Aliases.Boolean;

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

/// <summary>Pickers: the picked keys and UDIs as keywords, so "items that link to X" can be asked; no free text.</summary>
internal sealed class ReferenceValueIndexer : IPropertyValueIndexer
{
    public bool CanIndex(string editorAlias) => editorAlias is Aliases.ContentPicker or Aliases.MultiNodeTreePicker or Aliases.MediaPicker3;

    public void Index(PropertyValue value, IndexDocument document)
    {
        foreach (var reference in JsonValues.References(value.Value))
        {
            document.AddRaw(value.FieldName, reference);
        }
    }
}

/// <summary>
/// Everything else (block lists, link pickers, editors added later): the readable text inside the value, keys and
/// aliases left out, so a block's heading or a link's title is still found.
/// </summary>
internal sealed class StructuredValueIndexer : IPropertyValueIndexer
{
    public bool CanIndex(string editorAlias) => true;

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
