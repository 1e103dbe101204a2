using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace SelfHelp.Web.Api;

/// <summary>The HTTP status an <see cref="ApiProblem{TStatus}"/> answers with, known to the type so OpenAPI can list it.</summary>
public interface IApiProblemStatus
{
    static abstract int StatusCode { get; }

    /// <summary>The body's schema in OpenAPI.</summary>
    static virtual Type Schema => typeof(ProblemDetails);
}

/// <summary>400: the request cannot be read or is not allowed as asked.</summary>
public sealed class Status400BadRequest : IApiProblemStatus { public static int StatusCode => StatusCodes.Status400BadRequest; }

/// <summary>401: the API needs a key or a signed-in staff member.</summary>
public sealed class Status401Unauthorized : IApiProblemStatus { public static int StatusCode => StatusCodes.Status401Unauthorized; }

/// <summary>404: nothing answers to the id or path.</summary>
public sealed class Status404NotFound : IApiProblemStatus { public static int StatusCode => StatusCodes.Status404NotFound; }

/// <summary>409: the item changed since it was read.</summary>
public sealed class Status409Conflict : IApiProblemStatus { public static int StatusCode => StatusCodes.Status409Conflict; }

/// <summary>415: the body is not in a format the endpoint reads.</summary>
public sealed class Status415UnsupportedMediaType : IApiProblemStatus { public static int StatusCode => StatusCodes.Status415UnsupportedMediaType; }

/// <summary>422: the body was read but its values are not acceptable (Umbraco Forms' answer to an invalid entry).</summary>
public sealed class Status422UnprocessableEntity : IApiProblemStatus
{
    public static int StatusCode => StatusCodes.Status422UnprocessableEntity;
    public static Type Schema => typeof(HttpValidationProblemDetails);
}

/// <summary>429: too many attempts; the Retry-After header says when to try again.</summary>
public sealed class Status429TooManyRequests : IApiProblemStatus { public static int StatusCode => StatusCodes.Status429TooManyRequests; }

/// <summary>503: not ready yet (the search index being rebuilt); the Retry-After header says when to ask again.</summary>
public sealed class Status503ServiceUnavailable : IApiProblemStatus { public static int StatusCode => StatusCodes.Status503ServiceUnavailable; }

/// <summary>
/// A ProblemDetails answer (<c>application/problem+json</c>, written by the host's problem details service) whose
/// status is part of its type, so an endpoint returning <c>Results&lt;Ok&lt;T&gt;, ApiProblem&lt;Status404NotFound&gt;&gt;</c>
/// shows every answer in its OpenAPI document. The platform's <c>NotFound&lt;ProblemDetails&gt;</c> would write plain
/// <c>application/json</c>. Made only by <see cref="ApiProblems"/>.
/// </summary>
public sealed class ApiProblem<TStatus> : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>, IEndpointMetadataProvider
    where TStatus : IApiProblemStatus
{
    internal ApiProblem(ProblemDetails problem)
    {
        problem.Status = TStatus.StatusCode;
        Value = problem;
    }

    public ProblemDetails Value { get; }

    object? IValueHttpResult.Value => Value;

    public int? StatusCode => TStatus.StatusCode;

    public string ContentType => ApiProblems.ContentType;

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Problem(Value).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(TStatus.StatusCode, TStatus.Schema, [ApiProblems.ContentType]));
}
