using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Localisation;

namespace SelfHelp.Core.Forms.Validation;

/// <summary>
/// Custom server-side validation, run for page posts and API posts alike after the built-in rules (Umbraco Forms has
/// no such hook for its API). Register any number; each returns the problems it finds, keyed by field alias.
/// </summary>
public interface IFormValidationHook
{
    Task<IEnumerable<FormFieldError>> ValidateAsync(FormValidationContext context, CancellationToken cancellationToken);
}

/// <summary>What a hook sees: the form, the visitor's cleaned values (hidden fields removed), the page and the culture's words.</summary>
public sealed record FormValidationContext(
    FormDefinition Form, IReadOnlyDictionary<string, IReadOnlyList<string>> Values, Guid? ContentKey, FormText Text);

/// <summary>A problem with one field's answer, in the visitor's language.</summary>
public sealed record FormFieldError(string Alias, string Message);
