using System.Text.Json.Serialization;

namespace SelfHelp.Core.Forms.Definitions;

/// <summary>Which fields a form marks for the visitor (Umbraco Forms' FormFieldIndication).</summary>
public enum FieldIndication
{
    NoIndicator,
    MarkMandatoryFields,
    MarkOptionalFields,
}

/// <summary>
/// A form as Umbraco Forms defines it: settings, workflows and pages of fieldsets of columns of fields. Captions,
/// help texts and messages may be dictionary keys (<c>#forms.volunteerSignUp.name</c>), translated per culture.
/// </summary>
public sealed class FormDefinition
{
    public required Guid Key { get; init; }

    /// <summary>The form's name, which is also its alias (<c>volunteerSignUp</c>): how pages and files refer to it.</summary>
    public required string Name { get; set; }

    public FieldIndication FieldIndicationType { get; set; } = FieldIndication.MarkMandatoryFields;
    public string Indicator { get; set; } = "*";
    public bool ShowValidationSummary { get; set; } = true;
    public bool HideFieldValidation { get; set; }

    /// <summary>The default message for a missing value; <c>{0}</c> is the field's caption.</summary>
    public string RequiredErrorMessage { get; set; } = "#forms.requiredMessage";

    /// <summary>The default message for a value that does not match; <c>{0}</c> is the field's caption.</summary>
    public string InvalidErrorMessage { get; set; } = "#forms.invalidMessage";
    public string MessageOnSubmit { get; set; } = "";
    public bool MessageOnSubmitIsHtml { get; set; }
    public Guid GoToPageOnSubmit { get; set; }

    /// <summary>True when entries wait for a moderator (the Approved workflows run only after approval).</summary>
    public bool ManualApproval { get; set; }
    public bool StoreRecordsLocally { get; set; } = true;
    public string CssClass { get; set; } = "";
    public bool DisableDefaultStylesheet { get; set; }
    public string AutocompleteAttribute { get; set; } = "";
    public string SubmitLabel { get; set; } = "#forms.submit";
    public string NextLabel { get; set; } = "#forms.next";
    public string PrevLabel { get; set; } = "#forms.previous";
    public List<FormWorkflow> Workflows { get; set; } = [];
    public List<FormPage> Pages { get; set; } = [];

    [JsonIgnore]
    public IEnumerable<FormField> AllFields =>
        Pages.SelectMany(p => p.FieldSets).SelectMany(f => f.Containers).SelectMany(c => c.Fields);

    public FormField? FindField(string alias) =>
        AllFields.FirstOrDefault(f => string.Equals(f.Alias, alias, StringComparison.OrdinalIgnoreCase));

    public FormField? FindField(Guid id) => AllFields.FirstOrDefault(f => f.Id == id);
}

/// <summary>One page of a form (Umbraco Forms' Page, as uSync.Forms stores it).</summary>
public sealed class FormPage
{
    [JsonPropertyName("fieldSets")]
    public List<FormFieldset> FieldSets { get; set; } = [];
    public string? Caption { get; set; }
    public int SortOrder { get; set; }
    public Guid Id { get; set; }
    public FormCondition? Condition { get; set; }
}

/// <summary>A group of fields with an optional caption (rendered as a fieldset with a legend).</summary>
public sealed class FormFieldset
{
    public string? Caption { get; set; }
    public int SortOrder { get; set; }
    public Guid Id { get; set; }
    public List<FormColumn> Containers { get; set; } = [];
    public FormCondition? Condition { get; set; }
}

/// <summary>A column of a fieldset (Umbraco Forms' FieldsetContainer); widths add up to 12.</summary>
public sealed class FormColumn
{
    public string? Caption { get; set; }
    public int Width { get; set; } = 12;
    public List<FormField> Fields { get; set; } = [];
}

/// <summary>One field: its type, caption, validation, condition and settings.</summary>
public sealed class FormField
{
    public required string Caption { get; set; }

    /// <summary>Help text shown under the caption (the delivery API calls it helpText).</summary>
    public string? Tooltip { get; set; }
    public string? Placeholder { get; set; }
    public string? CssClass { get; set; }
    public required string Alias { get; set; }
    public Guid Id { get; set; }
    public Guid FieldTypeId { get; set; }

    /// <summary>Only staff allowed to see sensitive data see this field's values.</summary>
    public bool ContainsSensitiveData { get; set; }
    public bool Mandatory { get; set; }
    public string? Regex { get; set; }
    public string? RequiredErrorMessage { get; set; }
    public string? InvalidErrorMessage { get; set; }
    public FormCondition? Condition { get; set; }
    public Dictionary<string, string> Settings { get; set; } = [];
    public List<FormPreValue> PreValues { get; set; } = [];

    /// <summary>For file uploads: the extensions allowed (checked against the file's content, not its name alone).</summary>
    public List<string>? AllowedUploadTypes { get; set; }
    public bool AllowMultipleFileUploads { get; set; }

    public string? Setting(string name) => FormSettings.Find(Settings, name);
}

/// <summary>A choice of a dropdown, single or multiple choice field: the stored value and its caption.</summary>
public sealed class FormPreValue
{
    public required string Value { get; set; }
    public string? Caption { get; set; }
}

/// <summary>Show or hide a page, fieldset, field or workflow when all or any of its rules match.</summary>
public sealed class FormCondition
{
    public bool Enabled { get; set; } = true;
    public ConditionActionType ActionType { get; set; } = ConditionActionType.Show;
    public ConditionLogicType LogicType { get; set; } = ConditionLogicType.All;
    public List<FormConditionRule> Rules { get; set; } = [];
}

/// <summary>A rule of a condition: the id of the field it reads, an operator and a value to compare with.</summary>
public sealed class FormConditionRule
{
    public required string Field { get; set; }
    public ConditionOperator Operator { get; set; }
    public string Value { get; set; } = "";
}

/// <summary>Whether a condition that matches shows or hides what it is on.</summary>
public enum ConditionActionType
{
    Show,
    Hide,
}

/// <summary>Whether every rule or any one rule must match.</summary>
public enum ConditionLogicType
{
    All,
    Any,
}

/// <summary>Umbraco Forms' rule operators (with its spelling of GreaterThen and LessThen).</summary>
public enum ConditionOperator
{
    Is,
    IsNot,
    GreaterThen,
    LessThen,
    Contains,
    ContainsIgnoreCase,
    StartsWith,
    StartsWithIgnoreCase,
    EndsWith,
    EndsWithIgnoreCase,
    NotContains,
    NotContainsIgnoreCase,
    NotStartsWith,
    NotStartsWithIgnoreCase,
    NotEndsWith,
    NotEndsWithIgnoreCase,
}

/// <summary>The stage of an entry a workflow runs at.</summary>
public enum WorkflowStage
{
    Submitted,
    Approved,
    Rejected,
}

/// <summary>A workflow attached to a form: its type, when it runs, in which order and with which settings.</summary>
public sealed class FormWorkflow
{
    public required Guid Id { get; init; }
    public required string Name { get; set; }
    public bool Active { get; set; } = true;

    /// <summary>Whether the workflow may read fields that contain sensitive data.</summary>
    public bool IncludeSensitiveData { get; set; }
    public Guid WorkflowTypeId { get; set; }
    public WorkflowStage ExecutesOn { get; set; } = WorkflowStage.Submitted;
    public int SortOrder { get; set; }
    public Dictionary<string, string> Settings { get; set; } = [];

    public string? Setting(string name) => FormSettings.Find(Settings, name);
}

/// <summary>Settings are written PascalCase in files and camelCase by the API: look them up ignoring case.</summary>
internal static class FormSettings
{
    public static string? Find(Dictionary<string, string> settings, string name) =>
        settings.FirstOrDefault(s => string.Equals(s.Key, name, StringComparison.OrdinalIgnoreCase)).Value is { } value
        && !string.IsNullOrWhiteSpace(value) ? value : null;
}
