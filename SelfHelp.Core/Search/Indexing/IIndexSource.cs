namespace SelfHelp.Core.Search.Indexing;

/// <summary>Where one index reads its items from: the published cache for ExternalIndex, storage for InternalIndex.</summary>
internal interface IIndexSource
{
    string IndexName { get; }

    /// <summary>
    /// The items as they should be indexed now, for the given node ids (and their descendants where the flag is set);
    /// an id whose item is gone, or no longer belongs in the index, yields nothing.
    /// </summary>
    Task<IReadOnlyList<IndexItem>> GetAsync(IReadOnlyDictionary<int, bool> nodeIds, CancellationToken cancellationToken);

    /// <summary>Every item the index should hold, streamed, for a full rebuild.</summary>
    IAsyncEnumerable<IndexItem> GetAllAsync(CancellationToken cancellationToken);
}
