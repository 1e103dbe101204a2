namespace SelfHelp.Core.Content;

/// <summary>One page of a tree level: the items on it, in sort order, and how many items the level has in all.</summary>
public sealed record NodePage(long Total, IReadOnlyList<ContentItem> Items);
