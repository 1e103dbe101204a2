using System.Collections.Concurrent;

namespace SelfHelp.Web.ManagementApi.Documents.Publishing;

/// <summary>
/// The publish-with-descendants tasks this server has finished, so the client's poll for a task's result finds it.
/// SelfHelp publishes the descendants while the request waits, so a task is complete once it has an id; ids are
/// forgotten after an hour (the client polls within seconds).
/// </summary>
internal sealed class PublishWithDescendantsTasks(TimeProvider clock)
{
    private static readonly TimeSpan Kept = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<Guid, (Guid Document, DateTimeOffset At)> _tasks = new();

    public Guid Completed(Guid document)
    {
        var now = clock.GetUtcNow();
        foreach (var old in _tasks.Where(t => now - t.Value.At > Kept))
        {
            _tasks.TryRemove(old.Key, out _);
        }
        var id = Guid.NewGuid();
        _tasks[id] = (document, now);
        return id;
    }

    public bool IsKnown(Guid document, Guid taskId) => _tasks.TryGetValue(taskId, out var task) && task.Document == document;
}
