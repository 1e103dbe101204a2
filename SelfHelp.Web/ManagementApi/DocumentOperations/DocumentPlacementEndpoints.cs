using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Content;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.DocumentOperations;

/// <summary>
/// Where documents stand: move (the Move verb on the document and the target, as Umbraco checks), copy (Duplicate on
/// both), sort (Sort on the parent). The engine refuses a move into the document's own subtree or under a type that
/// does not allow it.
/// </summary>
internal static class DocumentPlacementEndpoints
{
    public static void Map(RouteGroupBuilder content)
    {
        content.MapPut("/document/{id:guid}/move", MoveAsync).WithTags("Document");
        content.MapPost("/document/{id:guid}/copy", CopyAsync).WithTags("Document");
        content.MapPut("/document/sort", SortAsync).WithTags("Document");
    }

    private static async Task<Results<Ok, ProblemHttpResult>> MoveAsync(
        Guid id, MoveDocumentRequestModel request, HttpContext context, DocumentAccess access, IContentService content, CancellationToken ct)
    {
        var document = await access.DocumentAsync(context, id, DocumentPermissions.Move, trashed: false, ct);
        if (!document.Allowed)
        {
            return document.Problem!;
        }
        var target = await access.ParentAsync(context, request.Target?.Id, DocumentPermissions.Move, ct);
        if (!target.Allowed)
        {
            return target.Problem!;
        }
        var result = await content.MoveAsync(document.Item!.Id, target.Item?.Id ?? ContentItem.RootId, document.User.Name, ct);
        return result.Succeeded ? ManagementResults.EmptyOk(context) : DocumentOperationProblems.From(result, document.User);
    }

    // RelateToOriginal is accepted and has no effect: SelfHelp keeps no relations between items.
    private static async Task<Results<StatusCodeHttpResult, ProblemHttpResult>> CopyAsync(
        Guid id, CopyDocumentRequestModel request, HttpContext context, DocumentAccess access, IContentService content, CancellationToken ct)
    {
        var document = await access.DocumentAsync(context, id, DocumentPermissions.Duplicate, trashed: false, ct);
        if (!document.Allowed)
        {
            return document.Problem!;
        }
        var target = await access.ParentAsync(context, request.Target?.Id, DocumentPermissions.Duplicate, ct);
        if (!target.Allowed)
        {
            return target.Problem!;
        }
        var result = await content.CopyAsync(document.Item!.Id, target.Item?.Id ?? ContentItem.RootId, request.IncludeDescendants, document.User.Name, ct);
        if (!result.Succeeded)
        {
            return DocumentOperationProblems.From(result, document.User);
        }
        context.Response.Headers[ManagementResults.GeneratedResourceHeader] = result.Value!.Key.ToString();
        context.Response.Headers.Location = $"{ManagementApiBuilderExtensions.Prefix}/v1/document/{result.Value.Key}";
        context.Response.ContentLength = 0;
        return TypedResults.StatusCode(StatusCodes.Status201Created);
    }

    private static async Task<Results<Ok, ProblemHttpResult>> SortAsync(
        SortingRequestModel request, HttpContext context, DocumentAccess access, IContentService content, CancellationToken ct)
    {
        var parent = await access.ParentAsync(context, request.Parent?.Id, DocumentPermissions.Sort, ct);
        if (!parent.Allowed)
        {
            return parent.Problem!;
        }
        var parentId = parent.Item?.Id ?? ContentItem.RootId;
        var children = (await content.GetChildrenAsync(parentId, ct)).ToDictionary(c => c.Key);
        var unknown = request.Sorting.Select((s, i) => (s, i)).Where(x => !children.ContainsKey(x.s.Id)).ToList();
        if (unknown.Count > 0)
        {
            return ManagementProblems.Validation(unknown.ToDictionary(x => $"$.sorting[{x.i}].id", x => new[] { $"{x.s.Id} is not a child of the parent." }),
                DocumentOperationText.BadSorting.For(parent.User), operationStatus: "InvalidChild");
        }
        var ordered = request.Sorting.OrderBy(s => s.SortOrder).Select(s => children[s.Id].Id).ToList();
        var result = await content.SortAsync(parentId, ordered, parent.User.Name, ct);
        return result.Succeeded ? ManagementResults.EmptyOk(context) : DocumentOperationProblems.From(result, parent.User);
    }
}
