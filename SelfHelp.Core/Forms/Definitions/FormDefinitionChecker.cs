using System.Text.RegularExpressions;
using SelfHelp.Core.Dictionary;
using SelfHelp.Core.Forms.Validation;

namespace SelfHelp.Core.Forms.Definitions;

/// <summary>
/// Says what is wrong with a form definition before it is stored: unknown field or workflow types, clashing aliases,
/// patterns that do not compile, conditions on fields that do not exist, uploads of types that cannot be checked by
/// content, and dictionary keys (<c>#key</c>) that are missing or have no text in a mandatory language.
/// </summary>
internal static class FormDefinitionChecker
{
    private static readonly Regex AliasPattern = new("^[a-zA-Z][a-zA-Z0-9]*$", RegexOptions.CultureInvariant);

    public static IEnumerable<string> Check(
        FormDefinition form, IReadOnlyCollection<Guid> workflowTypes, IEnumerable<DictionaryItem> dictionary, IReadOnlyList<string> languages)
    {
        if (!AliasPattern.IsMatch(form.Name))
        {
            yield return $"the form's name '{form.Name}' must be an alias (letters and digits, starting with a letter).";
        }
        var fields = form.AllFields.ToList();
        foreach (var group in fields.GroupBy(f => f.Alias, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return $"the alias '{group.Key}' is used by {group.Count()} fields.";
        }
        foreach (var group in fields.GroupBy(f => f.Id).Where(g => g.Key == Guid.Empty || g.Count() > 1))
        {
            yield return group.Key == Guid.Empty ? "a field has no id." : $"the field id {group.Key} is used more than once.";
        }
        var ids = fields.Select(f => f.Id.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var field in fields)
        {
            foreach (var problem in CheckField(field, ids))
            {
                yield return $"field '{field.Alias}': {problem}";
            }
        }
        foreach (var (condition, where) in form.Pages.Select((p, i) => (p.Condition, $"page {i + 1}"))
                     .Concat(form.Pages.SelectMany(p => p.FieldSets).Select(f => (f.Condition, $"fieldset '{f.Caption ?? f.Id.ToString()}'"))))
        {
            foreach (var problem in CheckCondition(condition, ids))
            {
                yield return $"{where}: {problem}";
            }
        }
        foreach (var workflow in form.Workflows.Where(w => !workflowTypes.Contains(w.WorkflowTypeId)))
        {
            yield return $"workflow '{workflow.Name}' has the unknown type {workflow.WorkflowTypeId}.";
        }
        var byKey = dictionary.ToDictionary(d => d.ItemKey, StringComparer.OrdinalIgnoreCase);
        foreach (var key in DictionaryKeys(form).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!byKey.TryGetValue(key, out var item))
            {
                yield return $"the dictionary item '{key}' does not exist.";
                continue;
            }
            foreach (var language in languages.Where(l => string.IsNullOrWhiteSpace(item.GetTranslation(l))))
            {
                yield return $"the dictionary item '{key}' has no {language} translation.";
            }
        }
    }

    /// <summary>Every <c>#key</c> the form's texts refer to.</summary>
    public static IEnumerable<string> DictionaryKeys(FormDefinition form)
    {
        IEnumerable<string?> texts =
        [
            form.RequiredErrorMessage, form.InvalidErrorMessage, form.MessageOnSubmit, form.SubmitLabel, form.NextLabel, form.PrevLabel,
            .. form.Pages.Select(p => p.Caption),
            .. form.Pages.SelectMany(p => p.FieldSets).Select(f => f.Caption),
            .. form.AllFields.SelectMany(f => new[] { f.Caption, f.Tooltip, f.Placeholder, f.RequiredErrorMessage, f.InvalidErrorMessage }
                .Concat(f.Settings.Values).Concat(f.PreValues.Select(p => p.Caption))),
            .. form.Workflows.SelectMany(w => w.Settings.Values),
        ];
        return texts.Where(t => t is { Length: > 1 } && t[0] == '#').Select(t => t![1..]);
    }

    private static IEnumerable<string> CheckField(FormField field, HashSet<string> ids)
    {
        if (!AliasPattern.IsMatch(field.Alias))
        {
            yield return "the alias must be letters and digits, starting with a letter.";
        }
        var type = FormFieldTypes.Find(field.FieldTypeId);
        if (type is null)
        {
            yield return $"the field type {field.FieldTypeId} is not one Umbraco Forms ships.";
            yield break;
        }
        if (field.Regex is { Length: > 0 } pattern)
        {
            string? error = null;
            try
            {
                _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                error = $"the pattern does not compile: {e.Message}";
            }
            if (error is not null)
            {
                yield return error;
            }
        }
        if (type.SupportsPreValues && field.PreValues.Count == 0)
        {
            yield return $"a {type.Name} field needs choices (preValues).";
        }
        if (type.SupportsUploadTypes)
        {
            var allowed = field.AllowedUploadTypes ?? [];
            if (allowed.Count == 0)
            {
                yield return "a file upload must list the file types it allows (allowedUploadTypes).";
            }
            foreach (var extension in allowed.Where(e => !FileSignatures.ContentTypes.ContainsKey(e)))
            {
                yield return $"'{extension}' files cannot be checked by their content, so they cannot be allowed.";
            }
        }
        foreach (var problem in CheckCondition(field.Condition, ids))
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> CheckCondition(FormCondition? condition, HashSet<string> ids) =>
        condition is null
            ? []
            : condition.Rules.Where(r => !ids.Contains(r.Field)).Select(r => $"a condition reads the field {r.Field}, which the form does not have.");
}
