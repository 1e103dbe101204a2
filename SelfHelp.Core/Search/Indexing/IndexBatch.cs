namespace SelfHelp.Core.Search.Indexing;

/// <summary>
/// A drained run of requests, coalesced: one rebuild per index replaces that index's item updates (the rebuild reads
/// the same, newer state), and each item is updated once, with its descendants when any request asked for them.
/// </summary>
internal sealed class IndexBatch
{
    public IndexBatch(IReadOnlyList<IndexRequest> requests)
    {
        Requests = requests;
        foreach (var request in requests)
        {
            switch (request)
            {
                case IndexRebuild rebuild:
                    Rebuilds.Add(rebuild.Index);
                    if (rebuild.Done is { } done)
                    {
                        Waiting.Add(done);
                    }
                    break;
                case IndexUpdate update:
                    Update(update.Index, update.NodeId, update.WithDescendants);
                    break;
                case IndexJournal journal:
                    JournalUpTo = Math.Max(JournalUpTo, journal.UpTo);
                    break;
                case IndexFlush flush:
                    Waiting.Add(flush.Done);
                    break;
            }
        }
    }

    /// <summary>What the batch was made of, to queue again when applying it failed.</summary>
    public IReadOnlyList<IndexRequest> Requests { get; }

    /// <summary>The journal row every index should have applied once the batch is done (0: none asked).</summary>
    public long JournalUpTo { get; private set; }

    public HashSet<string> Rebuilds { get; } = [];

    /// <summary>Per index: node id to whether its descendants must be re-read too.</summary>
    public Dictionary<string, Dictionary<int, bool>> Updates { get; } = [];

    /// <summary>Callers to tell once the batch is searchable.</summary>
    public List<TaskCompletionSource> Waiting { get; } = [];

    /// <summary>Adds an item update, with its descendants when asked.</summary>
    public void Update(string index, int nodeId, bool withDescendants)
    {
        var updates = UpdatesFor(index);
        updates[nodeId] = updates.GetValueOrDefault(nodeId) || withDescendants;
    }

    private Dictionary<int, bool> UpdatesFor(string index)
    {
        if (!Updates.TryGetValue(index, out var updates))
        {
            updates = [];
            Updates[index] = updates;
        }
        return updates;
    }
}
