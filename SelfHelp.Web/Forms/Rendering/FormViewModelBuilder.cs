using System.Text.Json;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Localisation;
using SelfHelp.Core.Forms.Validation;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.Forms.Rendering;

/// <summary>What a surface post left behind for the page it re-renders: the form, the answers and the errors.</summary>
public sealed record PostedForm(Guid FormKey, IReadOnlyDictionary<string, IReadOnlyList<string>> Values, IReadOnlyDictionary<string, IReadOnlyList<string>> Errors);

/// <summary>Builds a form's view model in the page's culture; views never read definitions themselves.</summary>
public sealed class FormViewModelBuilder(IFormTextProvider texts, VisitorHtml html)
{
    public const string HoneypotName = "homepage";
    public const string FormKeyName = "__selfhelpForm";

    public async Task<FormViewModel> BuildAsync(FormDefinition form, string culture, string action, PostedForm? posted, string? submittedMessage, CancellationToken cancellationToken)
    {
        var text = await texts.ForCultureAsync(culture, cancellationToken);
        var errors = posted?.Errors ?? new Dictionary<string, IReadOnlyList<string>>();
        var values = posted?.Values ?? new Dictionary<string, IReadOnlyList<string>>();
        var pages = form.Pages.Select(page => new FormPageView(
            Nullable(text[page.Caption]),
            page.FieldSets.Select(set => new FormFieldsetView(
                Nullable(text[set.Caption]),
                ConditionJson(form, set.Condition),
                set.Containers.SelectMany(c => c.Fields).Select(f => Field(form, f, text, values, errors)).OfType<FormFieldView>().ToList())).ToList())).ToList();
        var fields = pages.SelectMany(p => p.Fieldsets).SelectMany(s => s.Fields).ToList();
        return new FormViewModel
        {
            Key = form.Key,
            Alias = form.Name,
            HtmlId = "form-" + form.Name,
            Action = action,
            HtmlLang = SiteText.For(SiteText.Cultures.Contains(text.Culture) ? text.Culture : SiteText.Cultures[0]).HtmlLang,
            Pages = pages,
            SubmitLabel = text[form.SubmitLabel],
            Multipart = form.AllFields.Any(f => f.FieldTypeId == FormFieldTypes.FileUpload.Id),
            Chrome = new FormChrome(text["#forms.errorSummary"], text["#forms.required"], text["#forms.optional"], text["#forms.honeypot"],
                form.FieldIndicationType == FieldIndication.MarkMandatoryFields, form.FieldIndicationType == FieldIndication.MarkOptionalFields, form.Indicator),
            Errors = errors,
            ErrorFields = fields.Where(f => f.Errors.Count > 0).ToList(),
            SubmittedMessage = submittedMessage,
            SubmittedMessageIsHtml = form.MessageOnSubmitIsHtml,
        };
    }

    private FormFieldView? Field(
        FormDefinition form, FormField field, FormText text, IReadOnlyDictionary<string, IReadOnlyList<string>> values, IReadOnlyDictionary<string, IReadOnlyList<string>> errors)
    {
        var type = FormFieldTypes.Find(field.FieldTypeId);
        if (type is null)
        {
            return null;
        }
        var fieldType = field.Setting("FieldType");
        var posted = values.GetValueOrDefault(field.Alias) ?? (field.Setting("DefaultValue") is { } defaultValue ? [defaultValue] : []);
        return new FormFieldView
        {
            Alias = field.Alias,
            Id = $"{form.Name}-{field.Alias}",
            Kind = type.Alias,
            Caption = text[field.Caption],
            HelpText = Nullable(text[field.Tooltip]),
            InputType = type == FormFieldTypes.Password ? "password" : fieldType is "email" or "tel" or "url" or "number" ? fieldType : "text",
            Required = field.Mandatory,
            MaxLength = int.TryParse(field.Setting("MaximumLength"), out var max) && max > 0 ? Math.Min(max, type.MaxLength) : type.MaxLength > 0 ? type.MaxLength : null,
            Rows = int.TryParse(field.Setting("NumberOfRows"), out var rows) && rows > 0 ? rows : 5,
            Autocomplete = field.Setting("AutocompleteAttribute"),
            Accept = field.AllowedUploadTypes is { Count: > 0 } allowed ? string.Join(',', allowed.Select(e => "." + e)) : null,
            AcceptCopy = Nullable(text[field.Setting("AcceptCopy")]),
            BodyHtml = type == FormFieldTypes.RichText ? html.Clean(text[field.Setting("Html")]) : Nullable(text[field.Setting("BodyText")]),
            SelectPrompt = text[field.Setting("SelectPrompt") ?? "#forms.selectPrompt"],
            ConditionJson = ConditionJson(form, field.Condition),
            Choices = field.PreValues.Select(p => (p.Value, text[p.Caption ?? p.Value])).ToList(),
            Values = type.SupportsUploadTypes || type == FormFieldTypes.Password ? [] : posted,
            Errors = errors.GetValueOrDefault(field.Alias) ?? [],
        };
    }

    // The browser script reads rules by field alias (the definition names fields by id).
    private static string? ConditionJson(FormDefinition form, FormCondition? condition) =>
        condition is not { Enabled: true } || condition.Rules.Count == 0
            ? null
            : JsonSerializer.Serialize(new
            {
                actionType = condition.ActionType.ToString(),
                logicType = condition.LogicType.ToString(),
                rules = condition.Rules.Select(r => new
                {
                    field = Guid.TryParse(r.Field, out var id) ? form.FindField(id)?.Alias : r.Field,
                    @operator = r.Operator.ToString(),
                    value = r.Value,
                }),
            });

    private static string? Nullable(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
