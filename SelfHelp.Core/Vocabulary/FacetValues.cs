using System.Text.Json;
using SelfHelp.Core.DeliveryApi.Rendering.Converters;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.Vocabulary;

/// <summary>
/// Reads a stored property value as facet values, by the property's editor: chosen list items as they are stored,
/// a switch as <c>true</c> or <c>false</c>, picked documents as their keys. One reader for every channel, so the
/// Delivery API and search agree on what a value is.
/// </summary>
public static class FacetValues
{
    private static readonly HashSet<string> ListEditors = new(StringComparer.OrdinalIgnoreCase)
    {
        Aliases.CheckBoxList, Aliases.DropDownListFlexible, Aliases.RadioButtonList, Aliases.Tags,
    };

    private static readonly HashSet<string> PickerEditors = new(StringComparer.OrdinalIgnoreCase)
    {
        Aliases.ContentPicker, Aliases.MultiNodeTreePicker,
    };

    /// <summary>True for the editors a facet can read: lists, a true/false switch and document pickers.</summary>
    public static bool CanRead(string editorAlias) =>
        ListEditors.Contains(editorAlias) || PickerEditors.Contains(editorAlias) || IsSwitch(editorAlias);

    /// <summary>The facet values in a property value; an unset switch reads as <c>false</c>, as Umbraco shows it.</summary>
    public static IEnumerable<string> Read(string editorAlias, JsonElement? value) =>
        IsSwitch(editorAlias) ? [TrueFalseConverter.Read(value) ? "true" : "false"]
        : PickerEditors.Contains(editorAlias) ? PickedKeys.Read(value).Select(key => key.ToString("D"))
        : StoredList.Read(value);

    /// <summary>
    /// A value as a client wrote it in a filter, in the spelling <see cref="Read"/> gives: keys in their "D" form,
    /// switches lower-cased; anything else as written.
    /// </summary>
    public static string Normalize(string value) =>
        Guid.TryParse(value, out var key) ? key.ToString("D")
        : bool.TryParse(value, out var on) ? (on ? "true" : "false")
        : value;

    private static bool IsSwitch(string editorAlias) => string.Equals(editorAlias, Aliases.Boolean, StringComparison.OrdinalIgnoreCase);
}
