namespace SelfHelp.Core.Search.Indexing;

/// <summary>
/// Remembers when items held back from ExternalIndex by an embargo become public, and queues them for indexing
/// at that moment: nothing else happens then (no publish, no notification) that would put them in the index.
/// </summary>
internal sealed class EmbargoWatch(IndexingQueue queue, TimeProvider clock) : IDisposable
{
    /// <summary>
    /// Timers wait at most about 49 days (a 32-bit count of milliseconds); an embargo further off is woken for at
    /// this interval and re-armed until it is due.
    /// </summary>
    internal static readonly TimeSpan LongestWait = TimeSpan.FromDays(30);

    private readonly Lock _gate = new();
    private readonly SortedSet<(DateTime At, int Id)> _due = [];
    private ITimer? _timer;
    private DateTime? _armedFor;

    public void Watch(int nodeId, DateTime atUtc)
    {
        lock (_gate)
        {
            if (_due.Add((atUtc, nodeId)) && (_armedFor is null || atUtc < _armedFor))
            {
                Arm(atUtc);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }

    private void Arm(DateTime atUtc)
    {
        _timer?.Dispose();
        var delay = atUtc - clock.GetUtcNow().UtcDateTime;
        delay = delay < TimeSpan.Zero ? TimeSpan.Zero : delay > LongestWait ? LongestWait : delay;
        _timer = clock.CreateTimer(_ => Fire(), null, delay, Timeout.InfiniteTimeSpan);
        _armedFor = atUtc;
    }

    private void Fire()
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            while (_due.Count > 0 && _due.Min.At <= now)
            {
                var (_, id) = _due.Min;
                _due.Remove(_due.Min);
                queue.Enqueue(new IndexUpdate(IndexNames.External, id, WithDescendants: false));
            }
            _armedFor = null;
            if (_due.Count > 0)
            {
                Arm(_due.Min.At);
            }
        }
    }
}
