using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Localisation;

namespace SelfHelp.Core.Forms.Validation;

/// <summary>The visitor's answers after validation: clean values of visible fields, checked files, and the problems found.</summary>
internal sealed record ValidatedSubmission(
    Dictionary<string, IReadOnlyList<string>> Values, List<(FormField Field, UploadedFile File, string Extension)> Files, Dictionary<string, List<string>> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Checks a submission against its form: required and pattern rules with the form's bilingual messages, lengths,
/// choices, dates, email and web addresses, uploads by content, then every registered <see cref="IFormValidationHook"/>.
/// </summary>
internal sealed class FormValidator(IEnumerable<IFormValidationHook> hooks, VisitorHtml visitorHtml, IOptions<SelfHelpFormsOptions> options)
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);
    private static readonly Regex Email = new(@"^[^@\s<>""]+@[^@\s<>""]+\.[^@\s<>""]+$", RegexOptions.CultureInvariant, PatternTimeout);

    public async Task<ValidatedSubmission> ValidateAsync(FormDefinition form, FormSubmission submission, FormText text, CancellationToken cancellationToken)
    {
        var raw = submission.Values.ToDictionary(v => v.Key, v => (IReadOnlyList<string>)Clean(v.Value), StringComparer.OrdinalIgnoreCase);
        var result = new ValidatedSubmission(new(StringComparer.OrdinalIgnoreCase), [], new(StringComparer.OrdinalIgnoreCase));
        foreach (var field in FormConditions.VisibleFields(form, raw))
        {
            var type = FormFieldTypes.Find(field.FieldTypeId);
            if (type is not { StoresValue: true })
            {
                continue;
            }
            var caption = text[field.Caption];
            void Fail(string? message, params object[] args) =>
                Add(result.Errors, field.Alias, text.Format(message, [caption, .. args]));
            if (type.SupportsUploadTypes)
            {
                CheckFiles(form, field, submission.Files.GetValueOrDefault(field.Alias) ?? [], result, Fail);
                continue;
            }
            var values = raw.GetValueOrDefault(field.Alias) ?? [];
            if (type == FormFieldTypes.Checkbox || type == FormFieldTypes.DataConsent)
            {
                values = values.Any(FormFieldTypes.IsTicked) ? ["true"] : [];
            }
            if (values.Count == 0)
            {
                if (field.Mandatory)
                {
                    Fail(field.RequiredErrorMessage ?? form.RequiredErrorMessage);
                }
                continue;
            }
            if (CheckValues(form, field, type, values, Fail))
            {
                result.Values[field.Alias] = field.Setting("AllowRichText") == "true" ? values.Select(visitorHtml.Clean).ToList() : values;
            }
        }
        if (result.IsValid)
        {
            var context = new FormValidationContext(form, result.Values, submission.ContentKey, text);
            foreach (var hook in hooks)
            {
                foreach (var error in await hook.ValidateAsync(context, cancellationToken))
                {
                    Add(result.Errors, error.Alias, error.Message);
                }
            }
        }
        return result;
    }

    /// <summary>True when the values are acceptable; otherwise reports the first problem.</summary>
    private static bool CheckValues(FormDefinition form, FormField field, FormFieldType type, IReadOnlyList<string> values, Action<string?, object[]> fail)
    {
        var maxLength = int.TryParse(field.Setting("MaximumLength"), out var configured) && configured > 0 ? Math.Min(configured, type.MaxLength) : type.MaxLength;
        if ((!type.AllowsMultipleValues && values.Count > 1) || values.Count > Math.Max(1, field.PreValues.Count))
        {
            fail(field.InvalidErrorMessage ?? form.InvalidErrorMessage, []);
            return false;
        }
        if (values.FirstOrDefault(v => v.Length > maxLength) is not null)
        {
            fail("#forms.tooLong", [maxLength]);
            return false;
        }
        if (type.SupportsPreValues && !values.All(v => field.PreValues.Any(p => string.Equals(p.Value, v, StringComparison.Ordinal))))
        {
            fail("#forms.notAChoice", []);
            return false;
        }
        if (type == FormFieldTypes.Date && !DateOnly.TryParseExact(values[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            fail(field.InvalidErrorMessage ?? "#forms.invalidDate", []);
            return false;
        }
        var fieldType = field.Setting("FieldType");
        if (string.Equals(fieldType, "email", StringComparison.OrdinalIgnoreCase) && !Email.IsMatch(values[0]))
        {
            fail(field.InvalidErrorMessage ?? "#forms.invalidEmail", []);
            return false;
        }
        if (string.Equals(fieldType, "url", StringComparison.OrdinalIgnoreCase)
            && !(Uri.TryCreate(values[0], UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            fail(field.InvalidErrorMessage ?? "#forms.invalidUrl", []);
            return false;
        }
        if (field.Regex is { Length: > 0 } pattern && type.SupportsRegex && !values.All(v => MatchesPattern(pattern, v)))
        {
            fail(field.InvalidErrorMessage ?? form.InvalidErrorMessage, []);
            return false;
        }
        return true;
    }

    private void CheckFiles(FormDefinition form, FormField field, IReadOnlyList<UploadedFile> files, ValidatedSubmission result, Action<string?, object[]> fail)
    {
        files = files.Where(f => f.Content.Length > 0).ToList();
        if (files.Count == 0)
        {
            if (field.Mandatory)
            {
                fail(field.RequiredErrorMessage ?? form.RequiredErrorMessage, []);
            }
            return;
        }
        if (files.Count > 1 && !field.AllowMultipleFileUploads)
        {
            fail("#forms.tooManyFiles", []);
            return;
        }
        var allowed = field.AllowedUploadTypes ?? [];
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName);
            var extension = Path.GetExtension(name).TrimStart('.').ToLowerInvariant();
            if (file.Content.Length > options.Value.MaxFileBytes)
            {
                fail("#forms.fileTooLarge", [name, options.Value.MaxFileBytes / (1024 * 1024)]);
                return;
            }
            var detected = FileSignatures.Detect(file.Content);
            if (detected is null || !allowed.Contains(extension, StringComparer.OrdinalIgnoreCase) || !FileSignatures.Matches(extension, detected))
            {
                fail("#forms.fileNotAllowed", [name, string.Join(", ", allowed)]);
                return;
            }
            result.Files.Add((field, file, extension));
        }
    }

    private static bool MatchesPattern(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, pattern, RegexOptions.None, PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    // Values are trimmed, control characters other than line breaks and tabs dropped, and empty values ignored.
    private static List<string> Clean(IReadOnlyList<string> values) =>
        values.Take(100)
            .Select(v => new string((v ?? "").Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t').ToArray()).Trim())
            .Where(v => v.Length > 0)
            .ToList();

    private static void Add(Dictionary<string, List<string>> errors, string alias, string message)
    {
        if (!errors.TryGetValue(alias, out var list))
        {
            errors[alias] = list = [];
        }
        list.Add(message);
    }
}
