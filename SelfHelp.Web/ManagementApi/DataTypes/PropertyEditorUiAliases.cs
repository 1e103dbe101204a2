using System.Collections.Frozen;

namespace SelfHelp.Web.ManagementApi.DataTypes;

/// <summary>
/// Which of the back office client's property editor UIs (its <c>propertyEditorUi</c> manifests in
/// <c>@umbraco-cms/backoffice</c> 17.1) edits a data type of each server editor alias, for data types whose uSync file
/// names no UI; an alias with no UI here opens Umbraco's "missing" UI, which shows the stored value read-only.
/// </summary>
public static class PropertyEditorUiAliases
{
    /// <summary>The client's UI for a data type whose editor it has no UI for.</summary>
    public const string Missing = "Umb.PropertyEditorUi.Missing";

    private static readonly FrozenDictionary<string, string> DefaultByEditorAlias = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Umbraco.BlockList"] = "Umb.PropertyEditorUi.BlockList",
        ["Umbraco.CheckBoxList"] = "Umb.PropertyEditorUi.CheckBoxList",
        ["Umbraco.ColorPicker"] = "Umb.PropertyEditorUi.ColorPicker",
        ["Umbraco.ContentPicker"] = "Umb.PropertyEditorUi.DocumentPicker",
        ["Umbraco.DateOnly"] = "Umb.PropertyEditorUi.DateOnlyPicker",
        ["Umbraco.DateTime"] = "Umb.PropertyEditorUi.DatePicker",
        ["Umbraco.DateTimeUnspecified"] = "Umb.PropertyEditorUi.DateTimePicker",
        ["Umbraco.DateTimeWithTimeZone"] = "Umb.PropertyEditorUi.DateTimeWithTimeZonePicker",
        ["Umbraco.Decimal"] = "Umb.PropertyEditorUi.Decimal",
        ["Umbraco.DropDown.Flexible"] = "Umb.PropertyEditorUi.Dropdown",
        ["Umbraco.EmailAddress"] = "Umb.PropertyEditorUi.EmailAddress",
        ["Umbraco.ImageCropper"] = "Umb.PropertyEditorUi.ImageCropper",
        ["Umbraco.Integer"] = "Umb.PropertyEditorUi.Integer",
        ["Umbraco.Label"] = "Umb.PropertyEditorUi.Label",
        ["Umbraco.MarkdownEditor"] = "Umb.PropertyEditorUi.MarkdownEditor",
        ["Umbraco.MediaPicker3"] = "Umb.PropertyEditorUi.MediaPicker",
        ["Umbraco.MultiNodeTreePicker"] = "Umb.PropertyEditorUi.ContentPicker",
        ["Umbraco.MultipleTextstring"] = "Umb.PropertyEditorUi.MultipleTextString",
        ["Umbraco.MultiUrlPicker"] = "Umb.PropertyEditorUi.MultiUrlPicker",
        ["Umbraco.RadioButtonList"] = "Umb.PropertyEditorUi.RadioButtonList",
        ["Umbraco.RichText"] = "Umb.PropertyEditorUi.Tiptap",
        // Umbraco 16 dropped TinyMCE: its data types open in Tiptap, as Umbraco's own migration moves them.
        ["Umbraco.TinyMCE"] = "Umb.PropertyEditorUi.Tiptap",
        ["Umbraco.Slider"] = "Umb.PropertyEditorUi.Slider",
        ["Umbraco.Tags"] = "Umb.PropertyEditorUi.Tags",
        ["Umbraco.TextArea"] = "Umb.PropertyEditorUi.TextArea",
        ["Umbraco.TextBox"] = "Umb.PropertyEditorUi.TextBox",
        ["Umbraco.TrueFalse"] = "Umb.PropertyEditorUi.Toggle",
        ["Umbraco.UploadField"] = "Umb.PropertyEditorUi.UploadField",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // UIs older clients had and 17.1 has not: a stored one of these would otherwise open as "missing".
    private static readonly FrozenDictionary<string, string> Retired = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Umb.PropertyEditorUi.TinyMCE"] = "Umb.PropertyEditorUi.Tiptap",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every UI alias this table can answer with, for checking against the client's manifests.</summary>
    public static IEnumerable<string> All => DefaultByEditorAlias.Values.Concat(Retired.Values).Append(Missing).Distinct();

    /// <summary>Whether the engine's editor alias has a UI in the client.</summary>
    public static bool HasUi(string editorAlias) => DefaultByEditorAlias.ContainsKey(editorAlias);

    /// <summary>The UI to open a data type in: the one its file names (unless retired), else the editor's usual UI, else "missing".</summary>
    public static string For(string editorAlias, string? storedUiAlias)
    {
        if (!string.IsNullOrWhiteSpace(storedUiAlias))
        {
            return Retired.GetValueOrDefault(storedUiAlias) ?? storedUiAlias;
        }
        return DefaultByEditorAlias.GetValueOrDefault(editorAlias) ?? Missing;
    }
}
