namespace SelfHelp.Web.ManagementApi.HealthChecks;

/// <summary>Umbraco's <c>HealthCheckGroupResponseModel</c>.</summary>
public sealed record HealthCheckGroupResponseModel(string Name);

/// <summary>Umbraco's <c>HealthCheckGroupPresentationModel</c>: a group and its checks.</summary>
public sealed record HealthCheckGroupPresentationModel(string Name, IReadOnlyList<HealthCheckModel> Checks);

/// <summary>Umbraco's <c>HealthCheckModel</c>.</summary>
public sealed record HealthCheckModel(Guid Id, string Name, string? Description);

/// <summary>Umbraco's <c>HealthCheckGroupWithResultResponseModel</c>: each check of a group, run.</summary>
public sealed record HealthCheckGroupWithResultResponseModel(IReadOnlyList<HealthCheckWithResultPresentationModel> Checks);

/// <summary>Umbraco's <c>HealthCheckWithResultPresentationModel</c>.</summary>
public sealed record HealthCheckWithResultPresentationModel(Guid Id, IReadOnlyList<HealthCheckResultResponseModel> Results);

/// <summary>Umbraco's <c>HealthCheckResultResponseModel</c> (SelfHelp's checks offer no actions).</summary>
public sealed record HealthCheckResultResponseModel(string Message, string ResultType, IReadOnlyList<object>? Actions, string? ReadMoreLink);
