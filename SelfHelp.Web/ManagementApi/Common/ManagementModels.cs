namespace SelfHelp.Web.ManagementApi.Common;

/// <summary>Umbraco's paged answer, <c>{ total, items }</c>.</summary>
public sealed record PagedViewModel<T>(long Total, IReadOnlyList<T> Items);

/// <summary>Umbraco's <c>ReferenceByIdModel</c>, <c>{ id }</c>: how the Management API points at another item.</summary>
public sealed record ReferenceByIdModel(Guid Id);
