using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Localisation;
using SelfHelp.Core.Forms.Validation;
using SelfHelp.Core.PublishedCache;

namespace SelfHelp.Web.Forms.Api;

/// <summary>
/// Builds Umbraco Forms' <c>FormDto</c> (pages, fieldsets, columns, fields) in one culture: dictionary keys translated,
/// settings camelCase, field types with Umbraco's ids, names and render hints. The response model, never the definition.
/// </summary>
public sealed class FormDtoBuilder(IPublishedContentCache cache)
{
    public object Build(FormDefinition form, FormText text) => new
    {
        id = form.Key,
        name = form.Name,
        indicator = form.Indicator,
        autocompleteAttribute = Nullable(form.AutocompleteAttribute),
        cssClass = Nullable(form.CssClass),
        nextLabel = Nullable(text[form.NextLabel]),
        previousLabel = Nullable(text[form.PrevLabel]),
        submitLabel = Nullable(text[form.SubmitLabel]),
        disableDefaultStylesheet = form.DisableDefaultStylesheet,
        fieldIndicationType = form.FieldIndicationType.ToString(),
        hideFieldValidation = form.HideFieldValidation,
        messageOnSubmit = Nullable(text[form.MessageOnSubmit]),
        messageOnSubmitIsHtml = form.MessageOnSubmitIsHtml,
        showValidationSummary = form.ShowValidationSummary,
        pageCaptionFormat = "{0}",
        gotoPageOnSubmit = form.GoToPageOnSubmit == Guid.Empty ? (Guid?)null : form.GoToPageOnSubmit,
        gotoPageOnSubmitRoute = Route(form.GoToPageOnSubmit, text.Culture),
        pages = form.Pages.Select(page => new
        {
            id = page.Id,
            caption = Nullable(text[page.Caption]),
            condition = Condition(page.Condition),
            fieldsets = page.FieldSets.Select(set => new
            {
                id = set.Id,
                caption = Nullable(text[set.Caption]),
                condition = Condition(set.Condition),
                columns = set.Containers.Select(column => new
                {
                    caption = Nullable(text[column.Caption]),
                    width = column.Width,
                    fields = column.Fields.Select(field => Field(field, text)),
                }),
            }),
        }),
        validationRules = Array.Empty<object>(),
    };

    /// <summary>The 202 body: where to go or what to say after a submission.</summary>
    public object Accepted(FormDefinition form, FormText text) => new
    {
        gotoPageOnSubmit = form.GoToPageOnSubmit == Guid.Empty ? (Guid?)null : form.GoToPageOnSubmit,
        gotoPageOnSubmitRoute = Route(form.GoToPageOnSubmit, text.Culture),
        messageOnSubmit = Nullable(text[form.MessageOnSubmit]),
        messageOnSubmitIsHtml = form.MessageOnSubmitIsHtml,
    };

    private static object Field(FormField field, FormText text)
    {
        var type = FormFieldTypes.Find(field.FieldTypeId)!;
        return new
        {
            id = field.Id,
            caption = text[field.Caption],
            containsSensitiveData = field.ContainsSensitiveData,
            helpText = Nullable(text[field.Tooltip]),
            cssClass = Nullable(field.CssClass ?? ""),
            alias = field.Alias,
            required = field.Mandatory,
            requiredErrorMessage = text.Format(field.RequiredErrorMessage ?? "#forms.requiredMessage", text[field.Caption]),
            pattern = Nullable(field.Regex ?? ""),
            patternInvalidErrorMessage = text.Format(field.InvalidErrorMessage ?? "#forms.invalidMessage", text[field.Caption]),
            condition = Condition(field.Condition),
            fileUploadOptions = type.SupportsUploadTypes
                ? new { allowAllUploadExtensions = false, allowedUploadExtensions = field.AllowedUploadTypes ?? [], allowMultipleFileUploads = field.AllowMultipleFileUploads }
                : null,
            preValues = field.PreValues.Select(p => new { value = p.Value, caption = text[p.Caption ?? p.Value] }),
            settings = field.Settings.ToDictionary(s => char.ToLowerInvariant(s.Key[0]) + s.Key[1..], s => text[s.Value]),
            type = new { id = type.Id, name = type.Name, supportsPreValues = type.SupportsPreValues, supportsUploadTypes = type.SupportsUploadTypes, renderInputType = type.RenderInputType },
        };
    }

    private static object? Condition(FormCondition? condition) =>
        condition is not { Enabled: true }
            ? null
            : new
            {
                actionType = condition.ActionType.ToString(),
                logicType = condition.LogicType.ToString(),
                rules = condition.Rules.Select(r => new { field = r.Field, @operator = r.Operator.ToString(), value = r.Value }),
            };

    private object? Route(Guid key, string culture)
    {
        if (key == Guid.Empty || cache.Current.GetByKey(key) is not { } page || page.GetRoute(culture) is not { } path)
        {
            return null;
        }
        var root = cache.Current.GetById(int.Parse(page.Path.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture));
        return new { path, startItem = new { id = root?.Key ?? page.Key, path = root?.Cultures.GetValueOrDefault(culture)?.UrlSegment ?? "" } };
    }

    private static string? Nullable(string value) => string.IsNullOrEmpty(value) ? null : value;
}
