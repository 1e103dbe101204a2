namespace SelfHelp.Core.Journal;

/// <summary>
/// One committed change, as every node reads it from the journal: what kind of thing changed, which ones, and how far
/// the change reaches. <see cref="Id"/> orders the journal; a node applies rows strictly in that order.
/// </summary>
/// <param name="Ids">Node ids of documents or media (empty for other kinds).</param>
/// <param name="Keys">Keys of the changed items of any kind.</param>
/// <param name="Subtree">What is live beneath the items may have changed too (a publish or unpublish).</param>
/// <param name="DraftOnly">Only drafts changed (a document's save or rollback): nothing live, only the internal index.</param>
/// <param name="RefreshAll">Everything derived must be rebuilt (a type or language changed).</param>
/// <param name="Originated">The node that wrote the row.</param>
public sealed record JournalEntry(
    long Id,
    DateTime UtcStamp,
    JournalKind Kind,
    IReadOnlyList<int> Ids,
    IReadOnlyList<Guid> Keys,
    bool Subtree,
    bool DraftOnly,
    bool RefreshAll,
    string Originated)
{
    /// <summary>True for the rows of documents and media, the ones the published cache and the indexes hold.</summary>
    public bool IsNodes => Kind is JournalKind.Content or JournalKind.Media;

    /// <summary>A change to documents or media, before it has an id.</summary>
    public static JournalEntry ForNodes(JournalKind kind, IEnumerable<(int Id, Guid Key)> items, bool subtree = false, bool draftOnly = false)
    {
        var list = items.ToList();
        return new(0, default, kind, list.Select(i => i.Id).ToList(), list.Select(i => i.Key).ToList(), subtree, draftOnly, false, "");
    }

    /// <summary>A change to configuration or other keyed rows; types and languages change everything derived.</summary>
    public static JournalEntry ForKeys(JournalKind kind, IEnumerable<Guid> keys) =>
        new(0, default, kind, [], keys.ToList(), false, false, kind is JournalKind.ContentType or JournalKind.Language, "");
}
