using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Content;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Documents.Detail;

/// <summary>
/// A document as the editor opens it (draft) and as it is live, the documents configuration, and segments (none).
/// Values are sent only to users with <c>Umb.Document.PropertyValue.Read</c>. No document property is sensitive in
/// SelfHelp (personal data lives in form entries, behind the Forms section), so nothing here is masked.
/// </summary>
internal static class DocumentDetailEndpoints
{
    public static void MapDocumentDetailEndpoints(this RouteGroupBuilder documents)
    {
        documents.MapGet("{id:guid}", GetAsync).WithName("GetDocumentById");
        documents.MapGet("{id:guid}/published", GetPublishedAsync).WithName("GetDocumentByIdPublished");
        documents.MapGet("configuration", Configuration).WithName("GetDocumentConfiguration");
        documents.MapGet("{id:guid}/available-segment-options", SegmentOptionsAsync).WithName("GetDocumentByIdAvailableSegmentOptions");
    }

    internal static async Task<Results<Ok<DocumentResponseModel>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext http, DocumentAccess access, IContentService content, DocumentResponseBuilder builder, CancellationToken cancellationToken)
    {
        var (item, verbs, refused) = await OpenAsync(id, http, access, content, cancellationToken);
        return refused ?? (Results<Ok<DocumentResponseModel>, ProblemHttpResult>)TypedResults.Ok(
            await builder.DocumentAsync(item!, verbs.Contains(DocumentPermissions.PropertyValueRead), cancellationToken));
    }

    internal static async Task<Results<Ok<DocumentResponseModel>, ProblemHttpResult>> GetPublishedAsync(
        Guid id, HttpContext http, DocumentAccess access, IContentService content, DocumentResponseBuilder builder, CancellationToken cancellationToken)
    {
        var (item, verbs, refused) = await OpenAsync(id, http, access, content, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }
        return await builder.PublishedAsync(item!, verbs.Contains(DocumentPermissions.PropertyValueRead), cancellationToken) is { } published
            ? TypedResults.Ok(published)
            : DocumentProblems.For(await access.UserAsync(http)).NotFound();
    }

    /// <summary>
    /// SelfHelp neither blocks deleting or unpublishing referenced documents nor lets invariant values be edited
    /// without the default language, so each switch is off, which is what the client then enforces too.
    /// </summary>
    internal static Ok<DocumentConfigurationResponseModel> Configuration() =>
        TypedResults.Ok(new DocumentConfigurationResponseModel(
            DisableDeleteWhenReferenced: false, DisableUnpublishWhenReferenced: false, AllowEditInvariantFromNonDefault: false,
            AllowNonExistingSegmentsCreation: false));

    /// <summary>SelfHelp has no segments; the client asks anyway when a document type varies by segment, which none does.</summary>
    internal static async Task<Results<Ok<PagedViewModel<SegmentResponseModel>>, ProblemHttpResult>> SegmentOptionsAsync(
        Guid id, HttpContext http, DocumentAccess access, IContentService content, CancellationToken cancellationToken, int skip = 0, int take = 100)
    {
        var (_, _, refused) = await OpenAsync(id, http, access, content, cancellationToken);
        return refused ?? (Results<Ok<PagedViewModel<SegmentResponseModel>>, ProblemHttpResult>)TypedResults.Ok(
            new PagedViewModel<SegmentResponseModel>(0, []));
    }

    /// <summary>The document, if it exists, lies within the user's start nodes and the user may read it.</summary>
    private static async Task<(ContentItem? Item, IReadOnlySet<string> Verbs, ProblemHttpResult? Refused)> OpenAsync(
        Guid id, HttpContext http, DocumentAccess access, IContentService content, CancellationToken cancellationToken)
    {
        var user = await access.UserAsync(http);
        var problems = DocumentProblems.For(user);
        if (await content.GetAsync(id, cancellationToken) is not { } item)
        {
            return (null, new HashSet<string>(), problems.NotFound());
        }
        var verbs = await access.VerbsOnAsync(user, item, cancellationToken);
        var allowed = verbs.Contains(DocumentPermissions.Read) && await access.IsWithinStartNodesAsync(user, item, cancellationToken);
        return (item, verbs, allowed ? null : problems.Forbidden());
    }
}
