namespace SelfHelp.Core.Content;

/// <summary>How an engine operation ended. Expected failures are values, mapped to HTTP or UI in one place.</summary>
public enum OperationStatus
{
    Success,
    NotFound,
    ValidationFailed,
    CancelledByHandler,
    ConcurrencyConflict,
    NotAllowed,
    ParentNotPublished,
}

/// <summary>Why a value failed validation, so a channel can word it in its own language.</summary>
public enum ValidationErrorKind
{
    /// <summary>The value does not fit its editor, its type or its culture.</summary>
    Invalid,

    /// <summary>A mandatory value or name is missing for a culture being published.</summary>
    Missing,

    /// <summary>The value does not match the property's validation pattern.</summary>
    PatternMismatch,
}

/// <summary>A validation failure keyed by property alias (or "name") and culture (null when invariant).</summary>
public sealed record ValidationError(string Alias, string? Culture, string Message, ValidationErrorKind Kind = ValidationErrorKind.Invalid);

/// <summary>The outcome of an engine operation: a status, validation errors when any, and a message for people.</summary>
public record OperationResult(OperationStatus Status, IReadOnlyList<ValidationError> Errors, string? Message = null)
{
    public bool Succeeded => Status == OperationStatus.Success;

    public static OperationResult Success() => new(OperationStatus.Success, []);

    public static OperationResult Fail(OperationStatus status, string message) => new(status, [], message);

    public static OperationResult Invalid(IReadOnlyList<ValidationError> errors) =>
        new(OperationStatus.ValidationFailed, errors, "Validation failed.");
}

/// <summary>An <see cref="OperationResult"/> that carries the item it produced when it succeeded.</summary>
public sealed record OperationResult<T>(OperationStatus Status, T? Value, IReadOnlyList<ValidationError> Errors, string? Message = null)
    : OperationResult(Status, Errors, Message)
{
    public static OperationResult<T> Success(T value) => new(OperationStatus.Success, value, []);

    public static OperationResult<T> From(OperationResult result, T? value = default) =>
        new(result.Status, value, result.Errors, result.Message);
}
