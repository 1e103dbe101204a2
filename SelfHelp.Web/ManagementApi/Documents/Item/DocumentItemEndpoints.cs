using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SelfHelp.Core.Content;

namespace SelfHelp.Web.ManagementApi.Documents.Item;

/// <summary>
/// Documents by id, for pickers and references: names per culture, state and type, as Umbraco's item endpoint gives
/// them (to any user of a section that picks documents; they carry no values).
/// </summary>
internal static class DocumentItemEndpoints
{
    private const int MaxIds = 1000;

    public static void MapDocumentItemEndpoints(this RouteGroupBuilder items)
    {
        items.MapGet("", GetAsync).WithName("GetItemDocument");
    }

    internal static async Task<Results<Ok<IReadOnlyList<DocumentItemResponseModel>>, ProblemHttpResult>> GetAsync(
        HttpContext http, DocumentAccess access, IContentService content, DocumentResponseBuilder builder, CancellationToken cancellationToken,
        [FromQuery] Guid[]? id = null)
    {
        var ids = id ?? [];
        if (ids.Length > MaxIds)
        {
            return DocumentProblems.For(await access.UserAsync(http)).Invalid($"Ask for at most {MaxIds} documents at a time.", "TooManyIds");
        }
        var found = (await content.GetManyAsync(ids, cancellationToken)).ToDictionary(i => i.Key);
        // In the order asked for, as Umbraco answers.
        var ordered = ids.Distinct().Where(found.ContainsKey).Select(k => found[k]).ToList();
        return TypedResults.Ok(await builder.ItemsAsync(ordered, cancellationToken));
    }
}
