namespace SelfHelp.Testing;

/// <summary>
/// What a test has seen happen (runs of a background job, lines a process wrote), in order, with a wait for the first
/// that matches: tests wait on the event itself, and the timeout only fails a test whose event never comes.
/// </summary>
public sealed class Observations<T>
{
    private static readonly TimeSpan DefaultPatience = TimeSpan.FromSeconds(30);

    private readonly List<T> _seen = [];
    private readonly List<(Func<T, bool> Match, TaskCompletionSource<T> Found)> _waiting = [];

    public IReadOnlyList<T> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    public void Add(T item)
    {
        lock (_seen)
        {
            _seen.Add(item);
            foreach (var waiter in _waiting.Where(w => w.Match(item)).ToList())
            {
                _waiting.Remove(waiter);
                waiter.Found.TrySetResult(item);
            }
        }
    }

    /// <summary>The first item seen so far or later that matches; a <see cref="TimeoutException"/> if none comes in time.</summary>
    public async Task<T> WaitForAsync(Func<T, bool> match, TimeSpan? timeout = null)
    {
        var found = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_seen)
        {
            var index = _seen.FindIndex(item => match(item));
            if (index >= 0)
            {
                return _seen[index];
            }
            _waiting.Add((match, found));
        }
        try
        {
            return await found.Task.WaitAsync(timeout ?? DefaultPatience);
        }
        catch (TimeoutException)
        {
            lock (_seen)
            {
                _waiting.RemoveAll(w => w.Found == found);
                throw new TimeoutException($"Nothing matching was seen within {timeout ?? DefaultPatience}; {_seen.Count} other(s) were.");
            }
        }
    }
}
