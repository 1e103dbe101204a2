using SelfHelp.Core.Content;
using SelfHelp.Core.Search.Indexing;

namespace SelfHelp.Core.Search.Querying;

/// <summary>Searches the indexes: free text with filters, sorting, paging, facets and snippets, and suggestions as you type.</summary>
public interface ISearchService
{
    /// <summary>
    /// Runs a search. A malformed text (unclosed quote, too long), an unknown culture or index, or a bad page comes
    /// back as <see cref="OperationStatus.ValidationFailed"/> with an error per field ("text", "culture", ...), never
    /// as an exception.
    /// </summary>
    Task<OperationResult<SearchResults>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Items whose name in the culture contains the typed words, the last one possibly unfinished.</summary>
    Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, string culture, int? max = null, string index = IndexNames.External, CancellationToken cancellationToken = default);
}
