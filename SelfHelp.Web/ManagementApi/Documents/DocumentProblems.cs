using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Documents.Editing;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Documents;

/// <summary>
/// Every expected failure of a document operation as the ProblemDetails Umbraco's client reads, in one place:
/// engine outcomes to statuses, and validation errors keyed by JSONPath into the request the client sent.
/// </summary>
internal sealed class DocumentProblems(DocumentText text)
{
    // Umbraco's localization keys for its own property messages; the client translates them.
    private const string Missing = "#validation_invalidNull";
    private const string Empty = "#validation_invalidEmpty";
    private const string PatternMismatch = "#validation_invalidPattern";

    public static DocumentProblems For(BackOfficeUser user) => new(DocumentText.For(user));

    public DocumentText Text => text;

    public ProblemHttpResult NotFound() => ManagementProblems.NotFound(text.NotFound);
    public ProblemHttpResult ParentNotFound() => ManagementProblems.NotFound(text.ParentNotFound, operationStatus: "ParentNotFound");
    public ProblemHttpResult DocumentTypeNotFound() => ManagementProblems.NotFound(text.DocumentTypeNotFound, operationStatus: "ContentTypeNotFound");
    public ProblemHttpResult Forbidden() => ManagementProblems.Forbidden(text.NotAllowed);
    public ProblemHttpResult CultureForbidden(string? culture) =>
        ManagementProblems.Forbidden(text.CultureNotAllowed, culture ?? "invariant", "UnauthorizedCulture");
    public ProblemHttpResult InvalidPaging() => ManagementProblems.BadRequest(text.InvalidPaging, null, "InvalidPaging");
    public ProblemHttpResult Invalid(string detail, string operationStatus = "InvalidRequest") => ManagementProblems.BadRequest(text.InvalidRequest, detail, operationStatus);
    public ProblemHttpResult InTrash() => ManagementProblems.BadRequest(text.NotTrashedOnly, null, "InTrash");

    /// <summary>A failed engine operation; validation errors are keyed into <paramref name="sent"/>, the request's body.</summary>
    public ProblemHttpResult From(OperationResult result, ContentType? type = null, DocumentEditingRequest? sent = null) => result.Status switch
    {
        OperationStatus.ValidationFailed => Validation(result.Errors, type, sent),
        OperationStatus.NotFound => NotFound(),
        OperationStatus.ConcurrencyConflict => ManagementProblems.Conflict(text.Conflict, result.Message, "ConcurrencyConflict"),
        OperationStatus.CancelledByHandler => ManagementProblems.BadRequest(text.Cancelled, result.Message, "CancelledByNotification"),
        OperationStatus.ParentNotPublished => ManagementProblems.BadRequest(text.ParentNotPublished, result.Message, "ParentNotPublished"),
        _ => ManagementProblems.BadRequest(text.PublishFailed, result.Message, result.Status.ToString()),
    };

    public ProblemHttpResult Validation(IReadOnlyList<ValidationError> errors, ContentType? type, DocumentEditingRequest? sent)
    {
        var byPath = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var error in errors)
        {
            var (path, message) = error.Alias == "name" && type?.FindProperty("name") is null
                ? (NamePath(error.Culture, sent), error.Kind == ValidationErrorKind.Missing ? Empty : error.Message)
                : (ValuePath(error.Alias, error.Culture, sent), Message(error, type?.FindProperty(error.Alias)));
            (byPath.TryGetValue(path, out var list) ? list : byPath[path] = []).Add(message);
        }
        return ManagementProblems.Validation(byPath.ToDictionary(p => p.Key, p => p.Value.ToArray()), text.ValidationFailed, text.ValidationFailedDetail);
    }

    private static string Message(ValidationError error, PropertyType? property) => error.Kind switch
    {
        ValidationErrorKind.Missing when string.IsNullOrWhiteSpace(property?.MandatoryMessage) => Missing,
        ValidationErrorKind.PatternMismatch when string.IsNullOrWhiteSpace(property?.ValidationRegExpMessage) => PatternMismatch,
        _ => error.Message,
    };

    /// <summary><c>$.values[i].value</c> for a value the client sent, else the query form the client itself uses.</summary>
    private static string ValuePath(string alias, string? culture, DocumentEditingRequest? sent)
    {
        var index = sent?.Values.ToList().FindIndex(v => string.Equals(v.Alias, alias, StringComparison.OrdinalIgnoreCase) && SameCulture(v.Culture, culture)) ?? -1;
        return index >= 0 ? $"$.values[{index}].value" : $"$.values[?(@.alias == '{alias}' && @.culture == {Quoted(culture)} && @.segment == null)].value";
    }

    private static string NamePath(string? culture, DocumentEditingRequest? sent)
    {
        var index = sent?.Variants.ToList().FindIndex(v => SameCulture(v.Culture, culture)) ?? -1;
        return index >= 0 ? $"$.variants[{index}].name" : $"$.variants[?(@.culture == {Quoted(culture)} && @.segment == null)].name";
    }

    private static bool SameCulture(string? a, string? b) => string.Equals(a ?? "", b ?? "", StringComparison.OrdinalIgnoreCase);

    private static string Quoted(string? culture) => culture is null ? "null" : $"'{culture}'";
}
