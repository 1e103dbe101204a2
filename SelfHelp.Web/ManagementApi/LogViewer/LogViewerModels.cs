namespace SelfHelp.Web.ManagementApi.LogViewer;

/// <summary>Umbraco's <c>LogMessageResponseModel</c>.</summary>
public sealed record LogMessageResponseModel(
    DateTimeOffset Timestamp, string Level, string? MessageTemplate, string? RenderedMessage,
    IReadOnlyList<LogMessagePropertyPresentationModel> Properties, string? Exception);

/// <summary>Umbraco's <c>LogMessagePropertyPresentationModel</c>.</summary>
public sealed record LogMessagePropertyPresentationModel(string Name, string? Value);

/// <summary>Umbraco's <c>LogLevelCountsReponseModel</c> (sic).</summary>
public sealed record LogLevelCountsReponseModel(int Information, int Debug, int Warning, int Error, int Fatal);

/// <summary>Umbraco's <c>LogTemplateResponseModel</c>: a message template and how often it was logged.</summary>
public sealed record LogTemplateResponseModel(string? MessageTemplate, int Count);

/// <summary>Umbraco's <c>LoggerResponseModel</c>: a logger and the least severe level it keeps.</summary>
public sealed record LoggerResponseModel(string Name, string Level);

/// <summary>Umbraco's <c>SavedLogSearchResponseModel</c>.</summary>
public sealed record SavedLogSearchResponseModel(string Name, string Query);
