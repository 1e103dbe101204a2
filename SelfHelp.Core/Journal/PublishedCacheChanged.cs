using Umbraco.Cms.Core.Notifications;

namespace SelfHelp.Core.Journal;

/// <summary>
/// Raised once per run of journal rows the applier brought into the published cache: the one notification derived
/// stores (search indexes, output caches, later webhooks) follow. Raised on every node, for every node's changes.
/// </summary>
/// <param name="FromId">The first journal row of the run.</param>
/// <param name="ToId">The last journal row of the run: the position a derived store records once it has applied it.</param>
/// <param name="Entries">The rows, in order.</param>
/// <param name="FullRefresh">Everything derived must be rebuilt (a type or language changed, or a cold boot).</param>
/// <param name="Generation">The published snapshot's generation once these rows are in it.</param>
public sealed record PublishedCacheChanged(long FromId, long ToId, IReadOnlyList<JournalEntry> Entries, bool FullRefresh, long Generation) : INotification
{
    /// <summary>Node ids of documents and media whose live state changed (drafts excluded).</summary>
    public IReadOnlySet<int> ChangedIds { get; } = Entries.Where(e => e.IsNodes && !e.DraftOnly).SelectMany(e => e.Ids).ToHashSet();

    /// <summary>Keys of every changed item of any kind whose live state changed.</summary>
    public IReadOnlySet<Guid> ChangedKeys { get; } = Entries.Where(e => !e.DraftOnly).SelectMany(e => e.Keys).ToHashSet();
}
