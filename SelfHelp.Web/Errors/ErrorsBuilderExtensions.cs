using SelfHelp.Web.Api;

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
    public static WebApplication UseErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>
    /// Claims the API prefixes, so an address under them that no endpoint answers is a 404 ProblemDetails rather than
    /// the site's not-found page (literal routes of the real endpoints always win over these).
    /// </summary>
    public static IEndpointRouteBuilder MapApiNotFound(this IEndpointRouteBuilder endpoints)
    {
        foreach (var prefix in ErrorPageWriter.ApiPrefixes)
        {
            endpoints.Map(prefix + "/{**rest}", () => ApiProblems.NotFound("No endpoint answers at this address."))
                .WithDisplayName($"No endpoint under {prefix}")
                .AllowAnonymous()
                .ExcludeFromDescription();
        }
        return endpoints;
    }
}
