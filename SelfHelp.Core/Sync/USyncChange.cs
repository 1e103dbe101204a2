namespace SelfHelp.Core.Sync;

/// <summary>What an import did to one item.</summary>
public enum USyncChangeType
{
    Unchanged,
    Created,
    Updated,
    Deleted,
}

/// <summary>One item an import looked at: its type ("ContentType"), alias, what happened and the file it came from.</summary>
public sealed record USyncChange(string ItemType, string Alias, USyncChangeType Change, string File);

/// <summary>A problem with one file, named by its path relative to the uSync root folder.</summary>
public sealed record USyncProblem(string File, string Message)
{
    public override string ToString() => $"{File}: {Message}";
}

/// <summary>
/// Thrown when the uSync files cannot be imported. Every file is checked before anything is written, so when this is
/// thrown nothing was changed; the message names each file and what is wrong with it.
/// </summary>
public sealed class USyncImportException(IReadOnlyList<USyncProblem> problems)
    : Exception("uSync import failed; nothing was imported." + string.Concat(problems.Select(p => "\n  " + p)))
{
    public IReadOnlyList<USyncProblem> Problems { get; } = problems;
}
