using System.Collections.Concurrent;

namespace SelfHelp.Web.ManagementApi.LogViewer;

/// <summary>One warning or error the host logged: when, how bad, its template and rendered text, its values.</summary>
public sealed record RecentLogEntry(
    DateTimeOffset Timestamp, LogLevel Level, string Category, string? MessageTemplate, string RenderedMessage,
    IReadOnlyList<KeyValuePair<string, string?>> Properties, string? Exception);

/// <summary>
/// The last <see cref="Capacity"/> warnings and errors of this node, in memory, for the Settings section's log viewer.
/// The app keeps personal data out of its logs; exceptions are kept as their type and stack trace, without their
/// message, which may quote a value.
/// </summary>
public sealed class RecentLogRing
{
    public const int Capacity = 500;

    /// <summary>The least severe level kept.</summary>
    public const LogLevel MinimumLevel = LogLevel.Warning;

    private readonly ConcurrentQueue<RecentLogEntry> _entries = new();

    public void Add(RecentLogEntry entry)
    {
        _entries.Enqueue(entry);
        while (_entries.Count > Capacity && _entries.TryDequeue(out _))
        {
        }
    }

    /// <summary>The kept entries, oldest first.</summary>
    public IReadOnlyList<RecentLogEntry> Snapshot() => [.. _entries];
}

/// <summary>Feeds every logger's warnings and errors into the <see cref="RecentLogRing"/>.</summary>
internal sealed class RecentLogProvider(RecentLogRing ring) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new RecentLogger(ring, categoryName);

    public void Dispose()
    {
    }

    private sealed class RecentLogger(RecentLogRing ring, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= RecentLogRing.MinimumLevel && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            var template = values.FirstOrDefault(v => v.Key == "{OriginalFormat}").Value as string;
            ring.Add(new RecentLogEntry(
                DateTimeOffset.UtcNow, logLevel, category, template, formatter(state, exception),
                [.. values.Where(v => v.Key != "{OriginalFormat}").Select(v => new KeyValuePair<string, string?>(v.Key, v.Value?.ToString())),
                 new("SourceContext", category)],
                exception is null ? null : $"{exception.GetType().FullName}\n{exception.StackTrace}"));
        }
    }
}
