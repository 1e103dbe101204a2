using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SelfHelp.Web.Api;

/// <summary>
/// What every API of the host shares: <c>builder.AddApiConventions()</c> (how JSON is written, HEAD kept out of the
/// OpenAPI documents); the typed problems of <see cref="ApiProblems"/>; HEAD like GET (<see cref="HeadRequests"/>).
/// </summary>
public static class ApiBuilderExtensions
{
    public static IHostApplicationBuilder AddApiConventions(this IHostApplicationBuilder builder)
    {
        // States, stages and statuses travel as their names ("Approved"), as Umbraco's APIs write enums.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Transient<IApiDescriptionProvider, HeadApiDescriptionFilter>());
        return builder;
    }
}
