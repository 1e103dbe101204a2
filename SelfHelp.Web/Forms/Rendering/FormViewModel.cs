namespace SelfHelp.Web.Forms.Rendering;

/// <summary>A form ready for its view, in one culture, with the visitor's answers and errors after a failed post.</summary>
public sealed class FormViewModel
{
    public required Guid Key { get; init; }
    public required string Alias { get; init; }
    public required string HtmlId { get; init; }
    public required string Action { get; init; }
    public required string HtmlLang { get; init; }
    public required IReadOnlyList<FormPageView> Pages { get; init; }
    public required string SubmitLabel { get; init; }
    public required bool Multipart { get; init; }
    public required FormChrome Chrome { get; init; }

    /// <summary>Errors by field alias after a failed post (empty on a fresh form).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; init; }
    public required IReadOnlyList<FormFieldView> ErrorFields { get; init; }

    /// <summary>The thank-you message when this form was just sent, shown instead of the form.</summary>
    public string? SubmittedMessage { get; init; }
    public bool SubmittedMessageIsHtml { get; init; }
}

/// <summary>The form's own words around the fields: error summary title, required and optional marks, honeypot label.</summary>
public sealed record FormChrome(string ErrorSummary, string Required, string Optional, string HoneypotLabel, bool MarkRequired, bool MarkOptional, string Indicator);

/// <summary>A page of a form (a section with a heading).</summary>
public sealed record FormPageView(string? Caption, IReadOnlyList<FormFieldsetView> Fieldsets);

/// <summary>A fieldset of a page, with its condition for the browser script.</summary>
public sealed record FormFieldsetView(string? Caption, string? ConditionJson, IReadOnlyList<FormFieldView> Fields);

/// <summary>One field, ready to render: ids for the label, help and error, the kind of control, its choices and current values.</summary>
public sealed class FormFieldView
{
    public required string Alias { get; init; }
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Caption { get; init; }
    public string? HelpText { get; init; }
    public string? InputType { get; init; }
    public bool Required { get; init; }
    public int? MaxLength { get; init; }
    public int Rows { get; init; } = 5;
    public string? Autocomplete { get; init; }
    public string? Accept { get; init; }
    public string? AcceptCopy { get; init; }
    public string? BodyHtml { get; init; }
    public string? SelectPrompt { get; init; }
    public string? ConditionJson { get; init; }
    public IReadOnlyList<(string Value, string Caption)> Choices { get; init; } = [];
    public IReadOnlyList<string> Values { get; init; } = [];
    public IReadOnlyList<string> Errors { get; init; } = [];

    public string HelpId => Id + "-help";
    public string ErrorId => Id + "-error";

    /// <summary>The ids the control is described by: its help text and its error, when it has them.</summary>
    public string? DescribedBy => string.Join(' ', new[] { HelpText is null ? null : HelpId, Errors.Count > 0 ? ErrorId : null }.OfType<string>()) is { Length: > 0 } ids ? ids : null;

    public bool Has(string value) => Values.Contains(value, StringComparer.Ordinal);
    public string Value => Values.FirstOrDefault() ?? "";
}
