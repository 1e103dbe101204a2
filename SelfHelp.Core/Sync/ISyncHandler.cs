namespace SelfHelp.Core.Sync;

/// <summary>
/// Imports and exports one uSync item type (languages, data types, ...) from its folder. Handlers run in
/// <see cref="Priority"/> order, uSync's order, so everything an item refers to is imported before it.
/// </summary>
internal interface ISyncHandler
{
    /// <summary>The root element of this handler's files, which is also the item type named in reports ("ContentType").</summary>
    string ItemType { get; }
    string Folder { get; }
    int Priority { get; }
    string Group { get; }

    /// <summary>Reads the folder's files into items and delete markers, adding a problem for each file whose format is wrong.</summary>
    ISyncBatch Read(IReadOnlyList<SyncFile> files, ICollection<USyncProblem> problems);

    /// <summary>Writes every item of this type to its file.</summary>
    Task ExportAllAsync(SyncState state, CancellationToken cancellationToken);
}

/// <summary>A handler of items of type <typeparamref name="TModel"/>, which export-on-save finds by the saved item.</summary>
internal interface ISyncHandler<in TModel> : ISyncHandler
{
    bool Handles(TModel item);
    Task ExportAsync(TModel item, CancellationToken cancellationToken);
    Task ExportDeletedAsync(TModel item, CancellationToken cancellationToken);
}

/// <summary>A handler's files, read and ready to be checked against what the engine will hold after the import.</summary>
internal interface ISyncBatch
{
    /// <summary>
    /// Adds the items to <paramref name="planned"/> (and removes deleted ones), checks each against it, adding a problem
    /// per bad file, and returns the steps that apply the files, to be run only when no handler found a problem.
    /// </summary>
    IReadOnlyList<SyncStep> Plan(SyncState current, SyncState planned, ICollection<USyncProblem> problems);
}

/// <summary>One planned change from one file.</summary>
internal sealed record SyncStep(string File, Func<CancellationToken, Task<USyncChange>> ApplyAsync);

/// <summary>uSync's handler priorities (uSyncConstants.Priorites), which fix the import order.</summary>
internal static class SyncPriority
{
    public const int Languages = 1005;
    public const int Dictionary = 1006;
    public const int DataTypes = 1010;
    public const int ContentTypes = 1030;
    public const int MediaTypes = 1040;

    /// <summary>uSync.Forms' forms come after everything their texts and workflows refer to.</summary>
    public const int Forms = 1600;
}
