namespace SelfHelp.Web.ManagementApi.Server;

/// <summary>Umbraco's <c>ServerStatusResponseModel</c>: the runtime level (always <c>Run</c> once the host serves).</summary>
public sealed record ServerStatusResponseModel(string ServerStatus);

/// <summary>Umbraco's <c>ServerConfigurationResponseModel</c>, read by the client before sign-in.</summary>
public sealed record ServerConfigurationResponseModel(bool AllowPasswordReset, int VersionCheckPeriod, bool AllowLocalLogin, string UmbracoCssPath);

/// <summary>Umbraco's <c>ServerInformationResponseModel</c>.</summary>
public sealed record ServerInformationResponseModel(string Version, string AssemblyVersion, string BaseUtcOffset, string RuntimeMode);

/// <summary>Umbraco's <c>ServerTroubleshootingResponseModel</c>: named facts for the system information dialog.</summary>
public sealed record ServerTroubleshootingResponseModel(IReadOnlyList<ServerConfigurationItemResponseModel> Items);

/// <summary>One named fact about the server.</summary>
public sealed record ServerConfigurationItemResponseModel(string Name, string Data);
