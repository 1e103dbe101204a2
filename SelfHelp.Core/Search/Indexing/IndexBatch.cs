namespace SelfHelp.Core.Search.Indexing;

/// <summary>
/// A drained run of requests, coalesced: one rebuild per index replaces that index's item updates (the rebuild reads
/// the same, newer state), and each item is updated once, with its descendants when any request asked for them.
/// </summary>
internal sealed class IndexBatch
{
    public IndexBatch(IReadOnlyList<IndexRequest> requests)
    {
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
                    var updates = UpdatesFor(update.Index);
                    updates[update.NodeId] = updates.GetValueOrDefault(update.NodeId) || update.WithDescendants;
                    break;
                case IndexFlush flush:
                    Waiting.Add(flush.Done);
                    break;
            }
        }
        foreach (var index in Rebuilds)
        {
            Updates.Remove(index);
        }
    }

    public HashSet<string> Rebuilds { get; } = [];

    /// <summary>Per index: node id to whether its descendants must be re-read too.</summary>
    public Dictionary<string, Dictionary<int, bool>> Updates { get; } = [];

    /// <summary>Callers to tell once the batch is searchable.</summary>
    public List<TaskCompletionSource> Waiting { get; } = [];

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
