using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace SelfHelp.Web.Errors;

/// <summary>
/// Answers a request the platform could not read (an unbindable query value, an unreadable JSON body, a body too
/// large) with its own 4xx status and the platform's message, which names the parameter and never carries a stack trace.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = "The request is not valid.",
                Detail = bad.Message,
            },
        });
    }
}
