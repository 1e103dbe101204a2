using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace SelfHelp.Web.ManagementApi.Common;

/// <summary>
/// Problems as Umbraco's Management API writes them: ProblemDetails with <c>type "Error"</c>, a title the client
/// shows, the operation status, and validation errors keyed by JSONPath (<c>$.variants[0].name</c>,
/// <c>$.values[2].value</c>), which is how the client finds the field to mark.
/// </summary>
public static class ManagementProblems
{
    public static ProblemHttpResult NotFound(string title, string? detail = null, string operationStatus = "NotFound") =>
        Problem(StatusCodes.Status404NotFound, title, detail, operationStatus);

    public static ProblemHttpResult BadRequest(string title, string? detail, string operationStatus) =>
        Problem(StatusCodes.Status400BadRequest, title, detail, operationStatus);

    public static ProblemHttpResult Forbidden(string title, string? detail = null, string operationStatus = "Unauthorized") =>
        Problem(StatusCodes.Status403Forbidden, title, detail, operationStatus);

    public static ProblemHttpResult Conflict(string title, string? detail, string operationStatus) =>
        Problem(StatusCodes.Status409Conflict, title, detail, operationStatus);

    /// <summary>A 400 with <c>errors</c> keyed by JSONPath into the request body.</summary>
    public static ProblemHttpResult Validation(IReadOnlyDictionary<string, string[]> errors, string title, string? detail = null, string operationStatus = "PropertyValidationError")
    {
        var problem = new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Type = "Error", Title = title, Detail = detail, Status = StatusCodes.Status400BadRequest,
        };
        problem.Extensions["operationStatus"] = operationStatus;
        return TypedResults.Problem(problem);
    }

    private static ProblemHttpResult Problem(int status, string title, string? detail, string operationStatus)
    {
        var problem = new ProblemDetails { Type = "Error", Title = title, Detail = detail, Status = status };
        problem.Extensions["operationStatus"] = operationStatus;
        return TypedResults.Problem(problem);
    }
}
