namespace SelfHelp.Core.Content;

/// <summary>What produced a version in an item's history.</summary>
public enum ContentVersionKind
{
    Saved,
    Published,
    Unpublished,
    RolledBack,
}

/// <summary>One version in an item's history, as listed to an editor choosing what to roll back to.</summary>
public sealed record ContentVersionInfo(int Id, int NodeId, DateTime Date, string UserName, ContentVersionKind Kind, IReadOnlyList<string> Cultures, ContentData Data);
