namespace SelfHelp.Core.Search.Indexing;

/// <summary>Umbraco's names of the indexes we keep (<c>Constants.UmbracoIndexes</c>).</summary>
public static class IndexNames
{
    /// <summary>Published content the public may see, in the cultures they may see it: the public search.</summary>
    public const string External = "ExternalIndex";

    /// <summary>Everything, drafts and media included: the back office's search.</summary>
    public const string Internal = "InternalIndex";

    public static IReadOnlyList<string> All { get; } = [External, Internal];
}
