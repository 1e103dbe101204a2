namespace SelfHelp.Core.Search.Indexing;

/// <summary>Whether an index can be trusted to answer: false while it waits for (or is in) a rebuild after being found missing or damaged.</summary>
public interface ISearchReadiness
{
    bool IsReady(string indexName = IndexNames.External);
}

internal sealed class SearchReadiness(SearchIndexes indexes) : ISearchReadiness
{
    public bool IsReady(string indexName = IndexNames.External) => indexes[indexName].IsReady;
}
