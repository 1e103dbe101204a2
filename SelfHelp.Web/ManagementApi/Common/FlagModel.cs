namespace SelfHelp.Web.ManagementApi.Common;

/// <summary>Umbraco's <c>FlagModel</c>, <c>{ alias }</c>: a marker the client shows on a tree or item entry.</summary>
public sealed record FlagModel(string Alias);
