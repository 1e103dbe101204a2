using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.LogViewer;

/// <summary>
/// <c>log-viewer/*</c> for the Settings section: this node's recent warnings and errors from <see cref="RecentLogRing"/>
/// (not Umbraco's log files: SelfHelp writes none). The filter expression is plain text matched in the message.
/// </summary>
public static class LogViewerEndpoints
{
    public static IServiceCollection AddRecentLog(this IServiceCollection services) => services
        .AddSingleton<RecentLogRing>()
        .AddSingleton<ILoggerProvider, RecentLogProvider>();

    public static RouteGroupBuilder MapLogViewerEndpoints(this RouteGroupBuilder v1)
    {
        var logs = v1.MapGroup("log-viewer").WithTags("Log Viewer").RequireAuthorization(BackOfficePolicies.SectionAccessSettings);
        logs.MapGet("log", GetLog);
        logs.MapGet("level-count", GetLevelCount);
        logs.MapGet("message-template", GetMessageTemplates);
        logs.MapGet("level", GetLevels);
        logs.MapGet("saved-search", GetSavedSearches);
        logs.MapGet("validate-logs-size", ValidateLogsSize);
        return v1;
    }

    private static Ok<PagedViewModel<LogMessageResponseModel>> GetLog(
        RecentLogRing ring, int? skip, int? take, string? orderDirection, string? filterExpression, [FromQuery] string[]? logLevel, DateTime? startDate, DateTime? endDate)
    {
        var entries = InRange(ring, startDate, endDate)
            .Where(e => string.IsNullOrWhiteSpace(filterExpression) || e.RenderedMessage.Contains(filterExpression, StringComparison.OrdinalIgnoreCase))
            .Where(e => logLevel is not { Length: > 0 } || logLevel.Contains(LevelName(e.Level), StringComparer.OrdinalIgnoreCase));
        var ordered = string.Equals(orderDirection, "Ascending", StringComparison.OrdinalIgnoreCase)
            ? entries.OrderBy(e => e.Timestamp).ToList() : entries.OrderByDescending(e => e.Timestamp).ToList();
        return TypedResults.Ok(new PagedViewModel<LogMessageResponseModel>(ordered.Count,
        [
            .. ordered.Skip(Math.Max(0, skip ?? 0)).Take(Math.Clamp(take ?? 100, 0, 1000)).Select(e => new LogMessageResponseModel(
                e.Timestamp, LevelName(e.Level), e.MessageTemplate, e.RenderedMessage,
                [.. e.Properties.Select(p => new LogMessagePropertyPresentationModel(p.Key, p.Value))], e.Exception)),
        ]));
    }

    private static Ok<LogLevelCountsReponseModel> GetLevelCount(RecentLogRing ring, DateTime? startDate, DateTime? endDate)
    {
        var entries = InRange(ring, startDate, endDate).ToList();
        int Count(LogLevel level) => entries.Count(e => e.Level == level);
        return TypedResults.Ok(new LogLevelCountsReponseModel(Count(LogLevel.Information), Count(LogLevel.Debug), Count(LogLevel.Warning), Count(LogLevel.Error), Count(LogLevel.Critical)));
    }

    private static Ok<PagedViewModel<LogTemplateResponseModel>> GetMessageTemplates(RecentLogRing ring, int? skip, int? take, DateTime? startDate, DateTime? endDate)
    {
        var templates = InRange(ring, startDate, endDate).GroupBy(e => e.MessageTemplate)
            .Select(g => new LogTemplateResponseModel(g.Key, g.Count())).OrderByDescending(t => t.Count).ToList();
        return TypedResults.Ok(new PagedViewModel<LogTemplateResponseModel>(templates.Count, [.. templates.Skip(Math.Max(0, skip ?? 0)).Take(Math.Clamp(take ?? 100, 0, 1000))]));
    }

    // The ring keeps warnings and worse from every logger, whatever the configured levels.
    private static Ok<PagedViewModel<LoggerResponseModel>> GetLevels() =>
        TypedResults.Ok(new PagedViewModel<LoggerResponseModel>(1, [new LoggerResponseModel("Global", LevelName(RecentLogRing.MinimumLevel))]));

    // Saving searches is not offered: there are none.
    private static Ok<PagedViewModel<SavedLogSearchResponseModel>> GetSavedSearches() =>
        TypedResults.Ok(new PagedViewModel<SavedLogSearchResponseModel>(0, []));

    // The ring is bounded, so it is never too big to view. Umbraco answers an empty 200; the client reads only the
    // status, and a JSON true keeps HEAD and GET comparable like every other GET of the app.
    private static Ok<bool> ValidateLogsSize() => TypedResults.Ok(true);

    private static IEnumerable<RecentLogEntry> InRange(RecentLogRing ring, DateTime? startDate, DateTime? endDate) =>
        ring.Snapshot().Where(e => (startDate is null || e.Timestamp.UtcDateTime >= startDate.Value.ToUniversalTime().Date)
            && (endDate is null || e.Timestamp.UtcDateTime < endDate.Value.ToUniversalTime().Date.AddDays(1)));

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace => "Verbose",
        LogLevel.Debug => "Debug",
        LogLevel.Information => "Information",
        LogLevel.Warning => "Warning",
        LogLevel.Error => "Error",
        _ => "Fatal",
    };
}
