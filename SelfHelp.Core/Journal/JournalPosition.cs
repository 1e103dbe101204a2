namespace SelfHelp.Core.Journal;

/// <summary>
/// How far a reader of the journal has got: only moves forward, and lets callers wait until it reaches a row
/// (tests and the write path wait on this, never on a clock).
/// </summary>
public sealed class JournalPosition
{
    private readonly Lock _gate = new();
    private readonly List<(long Position, TaskCompletionSource Reached)> _waiting = [];
    private long _value;

    public JournalPosition(long start = 0) => _value = start;

    /// <summary>The id of the last journal row applied.</summary>
    public long Value => Volatile.Read(ref _value);

    /// <summary>Moves to <paramref name="position"/> (never back) and releases whoever waited for it.</summary>
    public void Advance(long position)
    {
        lock (_gate)
        {
            if (position > _value)
            {
                MoveTo(position);
            }
        }
    }

    /// <summary>Sets the position outright, also backwards (an index rebuilt from an older snapshot, or thrown away).</summary>
    public void Reset(long position)
    {
        lock (_gate)
        {
            MoveTo(position);
        }
    }

    /// <summary>Completes once the position is at or past <paramref name="position"/>.</summary>
    public Task WaitForAsync(long position, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_value >= position)
            {
                return Task.CompletedTask;
            }
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((position, reached));
            return reached.Task.WaitAsync(cancellationToken);
        }
    }

    private void MoveTo(long position)
    {
        Volatile.Write(ref _value, position);
        foreach (var waiter in _waiting.Where(w => w.Position <= position).ToList())
        {
            _waiting.Remove(waiter);
            waiter.Reached.TrySetResult();
        }
    }
}
