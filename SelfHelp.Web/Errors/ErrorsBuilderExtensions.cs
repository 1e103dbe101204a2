using Microsoft.AspNetCore.Http.HttpResults;

namespace SelfHelp.Web.Errors;

/// <summary>
/// Registers how failures are answered in every environment: APIs get a ProblemDetails without exception detail,
/// pages a bilingual error page; a value that cannot be bound is a 400 naming the parameter, never a stack trace.
/// </summary>
public static class ErrorsBuilderExtensions
{
    public static IHostApplicationBuilder AddErrors(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // Before AddProblemDetails: the first writer that accepts a request writes it, and pages must not get JSON.
        services.AddSingleton<IProblemDetailsWriter, ErrorPageWriter>();
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Minimal APIs only throw on unbindable values in Development; throwing everywhere lets one handler say which
        // parameter was at fault instead of an empty 400 (or, in Development, the exception page's stack trace).
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return builder;
    }

    /// <summary>Goes first in the pipeline, so that every later failure is caught and every empty error answer gets a body.</summary>
    public static IApplicationBuilder UseErrors(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
