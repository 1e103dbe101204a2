using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SelfHelp.Core.Content;

namespace SelfHelp.Web.Api;

/// <summary>
/// The one place where an engine outcome becomes an HTTP problem for every API of ours (Forms, staff, login, search):
/// each kind has its status, a stable <c>type</c> and a title, and the typed result that carries the status into
/// OpenAPI. The Delivery API keeps Umbraco's own wording in <c>DeliveryApiProblems</c>.
/// </summary>
public static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    /// <summary>The problem <c>type</c> of each kind of outcome: names (URNs) that never change, not addresses.</summary>
    public static class Types
    {
        public const string NotFound = "urn:selfhelp:problem:not-found";
        public const string ValidationFailed = "urn:selfhelp:problem:validation-failed";
        public const string NotAllowed = "urn:selfhelp:problem:not-allowed";
        public const string CancelledByHandler = "urn:selfhelp:problem:cancelled-by-handler";
        public const string ParentNotPublished = "urn:selfhelp:problem:parent-not-published";
        public const string ConcurrencyConflict = "urn:selfhelp:problem:concurrency-conflict";
        public const string UnreadableBody = "urn:selfhelp:problem:unreadable-body";
        public const string AntiforgeryToken = "urn:selfhelp:problem:antiforgery-token";
        public const string UnsupportedMediaType = "urn:selfhelp:problem:unsupported-media-type";
        public const string Unauthorized = "urn:selfhelp:problem:unauthorized";
        public const string TooManyRequests = "urn:selfhelp:problem:too-many-requests";
        public const string NotReady = "urn:selfhelp:problem:not-ready";
    }

    /// <summary>An engine operation's outcome: <paramref name="success"/> when it succeeded, otherwise its problem.</summary>
    public static Results<TSuccess, ApiProblem<Status404NotFound>, ApiProblem<Status400BadRequest>, ApiProblem<Status409Conflict>, ValidationProblem>
        ToApiResult<TSuccess>(this OperationResult result, Func<TSuccess> success) where TSuccess : IResult => result.Status switch
        {
            OperationStatus.Success => success(),
            OperationStatus.NotFound => NotFound(result.Message ?? "Nothing answers to this id."),
            OperationStatus.ValidationFailed => Invalid(result, "The values are not valid."),
            OperationStatus.NotAllowed => BadRequest(Types.NotAllowed, "The operation is not allowed.", result.Message),
            OperationStatus.CancelledByHandler => BadRequest(Types.CancelledByHandler, "The operation was cancelled.", result.Message),
            OperationStatus.ParentNotPublished => BadRequest(Types.ParentNotPublished, "The parent is not published.", result.Message),
            OperationStatus.ConcurrencyConflict => new ApiProblem<Status409Conflict>(Problem(Types.ConcurrencyConflict, "The item was changed by someone else.", result.Message)),
            _ => throw new ArgumentOutOfRangeException(nameof(result), result.Status, "An operation status without an HTTP answer."),
        };

    public static ApiProblem<Status404NotFound> NotFound(string title) => new(Problem(Types.NotFound, title, null));

    public static ApiProblem<Status400BadRequest> BadRequest(string type, string title, string? detail) => new(Problem(type, title, detail));

    public static ApiProblem<Status401Unauthorized> Unauthorized(string title) => new(Problem(Types.Unauthorized, title, null));

    public static ApiProblem<Status415UnsupportedMediaType> UnsupportedMediaType(string title) => new(Problem(Types.UnsupportedMediaType, title, null));

    public static ApiProblem<Status429TooManyRequests> TooManyRequests(string title, string detail) => new(Problem(Types.TooManyRequests, title, detail));

    public static ApiProblem<Status503ServiceUnavailable> NotReady(string title, string detail) => new(Problem(Types.NotReady, title, detail));

    /// <summary>A 400 naming each value at fault (a query parameter, a body field) and what is wrong with it.</summary>
    public static ValidationProblem Invalid(IDictionary<string, string[]> errors, string title, string? detail = null) =>
        TypedResults.ValidationProblem(errors, detail, title: title, type: Types.ValidationFailed);

    /// <summary>A 400 from validation errors, keyed by alias (<c>alias[culture]</c> for a value of one culture).</summary>
    public static ValidationProblem Invalid(OperationResult result, string title) =>
        Invalid(ByField(result.Errors.Select(e => (e.Culture is null ? e.Alias : $"{e.Alias}[{e.Culture}]", e.Message))),
            title, string.Join(" ", result.Errors.Select(e => e.Message)));

    /// <summary>A 422: the body was read, but its values are not acceptable (Umbraco Forms' answer to an invalid entry).</summary>
    public static ApiProblem<Status422UnprocessableEntity> Unprocessable(IReadOnlyDictionary<string, IReadOnlyList<string>> errors, string title) =>
        new(new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value.ToArray())) { Type = Types.ValidationFailed, Title = title });

    private static Dictionary<string, string[]> ByField(IEnumerable<(string Field, string Message)> errors) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());

    private static ProblemDetails Problem(string type, string title, string? detail) => new() { Type = type, Title = title, Detail = detail };
}
