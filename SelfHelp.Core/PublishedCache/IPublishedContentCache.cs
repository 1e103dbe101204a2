namespace SelfHelp.Core.PublishedCache;

/// <summary>The published content of the site, in memory, always a complete and consistent snapshot.</summary>
public interface IPublishedContentCache
{
    /// <summary>The snapshot to read; take it once per request and read from it, it never changes underneath you.</summary>
    PublishedSnapshot Current { get; }

    /// <summary>Reloads everything from storage (at start, and after changes to types or languages).</summary>
    Task RebuildAsync(CancellationToken cancellationToken = default);

    /// <summary>Reloads the given items and their descendants from storage and swaps in a new snapshot.</summary>
    Task RefreshAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default);
}
