using System.Text.Json;
using System.Text.RegularExpressions;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.PropertyEditors;

namespace SelfHelp.Core.Content.Validation;

/// <summary>
/// Validates an item's draft against its type. Values must always fit their editor and pattern; mandatory values
/// and names are required only for the cultures being published, since drafts are allowed to be unfinished.
/// </summary>
internal sealed class ContentValidator(IDataTypeService dataTypes, IContentLookup lookup, PropertyEditorCollection editors)
{
    /// <param name="publishingCultures">Cultures that must be complete (empty when only saving); "" stands for invariant.</param>
    public async Task<IReadOnlyList<ValidationError>> ValidateAsync(
        ContentItem item, ContentType type, IReadOnlyCollection<string> publishingCultures, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        foreach (var culture in publishingCultures)
        {
            if (string.IsNullOrWhiteSpace(item.Draft.GetName(culture)))
            {
                errors.Add(new ValidationError("name", NullIfInvariant(culture), "Enter a name.", ValidationErrorKind.Missing));
            }
        }

        foreach (var alias in item.Draft.Properties.Keys.Where(a => type.FindProperty(a) is null))
        {
            errors.Add(new ValidationError(alias, null, $"{type.Name} has no property '{alias}'."));
        }

        foreach (var property in type.Properties)
        {
            var dataType = await dataTypes.GetAsync(property.DataTypeKey, cancellationToken);
            var stored = item.Draft.Properties.GetValueOrDefault(property.Alias) ?? [];
            foreach (var (culture, value) in stored)
            {
                if (property.VariesByCulture == (culture.Length == 0))
                {
                    errors.Add(new ValidationError(property.Alias, NullIfInvariant(culture), property.VariesByCulture
                        ? $"{property.Name} varies by culture: give a culture."
                        : $"{property.Name} is the same in every culture: give no culture."));
                    continue;
                }
                if (await ValidateValueAsync(property, dataType, value, cancellationToken) is { } error)
                {
                    errors.Add(error with { Culture = NullIfInvariant(culture) });
                }
            }

            if (property.Mandatory)
            {
                var required = property.VariesByCulture
                    ? publishingCultures.Where(c => c.Length > 0)
                    : publishingCultures.Count > 0 ? [ContentData.Invariant] : [];
                foreach (var culture in required.Where(c => IsEmpty(item.Draft.GetValue(property.Alias, c))))
                {
                    var message = string.IsNullOrWhiteSpace(property.MandatoryMessage) ? $"{property.Name} is required." : property.MandatoryMessage;
                    errors.Add(new ValidationError(property.Alias, NullIfInvariant(culture), message, ValidationErrorKind.Missing));
                }
            }
        }
        return errors;
    }

    private async ValueTask<ValidationError?> ValidateValueAsync(PropertyType property, DataType? dataType, JsonElement value, CancellationToken cancellationToken)
    {
        if (IsEmpty(value))
        {
            return null;
        }
        if (!string.IsNullOrEmpty(property.ValidationRegExp) && value.ValueKind == JsonValueKind.String
            && !Regex.IsMatch(value.GetString()!, property.ValidationRegExp, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            return new ValidationError(property.Alias, null, string.IsNullOrWhiteSpace(property.ValidationRegExpMessage)
                ? $"{property.Name} is not in the expected format."
                : property.ValidationRegExpMessage, ValidationErrorKind.PatternMismatch);
        }
        if (dataType is null)
        {
            return new ValidationError(property.Alias, null, $"{property.Name} uses a data type that no longer exists.");
        }
        return editors[dataType.EditorAlias].Validator is { } validator
            && await validator.ValidateAsync(value, dataType, lookup, cancellationToken) is { } message
            ? new ValidationError(property.Alias, null, message)
            : null;
    }

    private static bool IsEmpty(JsonElement? value) => value is null || value.Value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => true,
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.Value.GetString()),
        JsonValueKind.Array => value.Value.GetArrayLength() == 0,
        _ => false,
    };

    private static string? NullIfInvariant(string culture) => culture.Length == 0 ? null : culture;
}
