using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.HealthChecks;

/// <summary>
/// <c>health-check-group</c> for the Settings section: the app's own ASP.NET Core health checks (the ones behind
/// <c>/healthz</c>) as one Umbraco health check group, run on demand. Results carry each check's description,
/// never an exception's text (which may hold a connection string).
/// </summary>
public static class HealthCheckEndpoints
{
    /// <summary>The one group: SelfHelp's checks of its database, published cache and search index.</summary>
    public const string GroupName = "SelfHelp";

    public static RouteGroupBuilder MapHealthCheckEndpoints(this RouteGroupBuilder v1)
    {
        var checks = v1.MapGroup("health-check-group").WithTags("Health Check").RequireAuthorization(BackOfficePolicies.SectionAccessSettings);
        checks.MapGet("", GetGroups);
        checks.MapGet("{name}", GetGroup);
        checks.MapPost("{name}/check", RunGroup);
        return v1;
    }

    private static Ok<PagedViewModel<HealthCheckGroupResponseModel>> GetGroups() =>
        TypedResults.Ok(new PagedViewModel<HealthCheckGroupResponseModel>(1, [new HealthCheckGroupResponseModel(GroupName)]));

    private static Results<Ok<HealthCheckGroupPresentationModel>, ProblemHttpResult> GetGroup(HttpContext context, string name, IOptions<HealthCheckServiceOptions> options) =>
        IsGroup(name)
            ? TypedResults.Ok(new HealthCheckGroupPresentationModel(GroupName,
                [.. options.Value.Registrations.Select(r => new HealthCheckModel(Id(r.Name), HealthCheckText.Name(context, r.Name), HealthCheckText.Description(context, r.Name)))]))
            : ManagementProblems.NotFound(HealthCheckText.GroupNotFound(context));

    private static async Task<Results<Ok<HealthCheckGroupWithResultResponseModel>, ProblemHttpResult>> RunGroup(
        HttpContext context, string name, HealthCheckService health, CancellationToken cancellationToken)
    {
        if (!IsGroup(name))
        {
            return ManagementProblems.NotFound(HealthCheckText.GroupNotFound(context));
        }
        var report = await health.CheckHealthAsync(cancellationToken);
        return TypedResults.Ok(new HealthCheckGroupWithResultResponseModel(
        [
            .. report.Entries.Select(e => new HealthCheckWithResultPresentationModel(Id(e.Key),
                [new HealthCheckResultResponseModel(HealthCheckText.Result(context, e.Key, e.Value), ResultType(e.Value.Status), null, null)])),
        ]));
    }

    private static bool IsGroup(string name) => string.Equals(name, GroupName, StringComparison.OrdinalIgnoreCase);

    private static string ResultType(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "Success",
        HealthStatus.Degraded => "Warning",
        _ => "Error",
    };

    /// <summary>A stable id per check registration, since Umbraco's client keys checks by a Guid.</summary>
    private static Guid Id(string registration) => new(MD5.HashData(Encoding.UTF8.GetBytes("SelfHelp.HealthCheck." + registration)));
}
