using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Content;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.DocumentOperations;

/// <summary>
/// The document recycle bin: trash, list (root and children, paged), find the original parent, restore, delete one,
/// empty. As in Umbraco, only users with access to the whole tree see or act on the bin.
/// </summary>
internal static class DocumentRecycleBinEndpoints
{
    public static void Map(RouteGroupBuilder content)
    {
        content.MapPut("/document/{id:guid}/move-to-recycle-bin", MoveToRecycleBinAsync);
        var bin = content.MapGroup("/recycle-bin/document").WithTags("Document Recycle Bin");
        bin.MapGet("/root", RootAsync);
        bin.MapGet("/children", ChildrenAsync);
        bin.MapGet("/{id:guid}/original-parent", OriginalParentAsync);
        bin.MapPut("/{id:guid}/restore", RestoreAsync);
        bin.MapDelete("/{id:guid}", DeleteAsync);
        // Mapped on the section's group: an empty pattern in the bin's group would declare the path with a trailing slash.
        content.MapDelete("/recycle-bin/document", EmptyAsync).WithTags("Document Recycle Bin");
    }

    private static async Task<Results<Ok, ProblemHttpResult>> MoveToRecycleBinAsync(Guid id, HttpContext context, DocumentAccess access, IContentService content, CancellationToken ct)
    {
        var document = await access.DocumentAsync(context, id, DocumentPermissions.Delete, trashed: false, ct);
        if (!document.Allowed)
        {
            return document.Problem!;
        }
        var result = await content.MoveToRecycleBinAsync(document.Item!.Id, document.User.Name, ct);
        return result.Succeeded ? ManagementResults.EmptyOk(context) : DocumentOperationProblems.From(result, document.User);
    }

    private static async Task<Results<Ok<PagedViewModel<DocumentRecycleBinItemResponseModel>>, ProblemHttpResult>> RootAsync(
        int? skip, int? take, HttpContext context, DocumentAccess access, IContentService content, DocumentItemShapes shapes, CancellationToken ct)
    {
        if (await access.RecycleBinAsync(context, DocumentPermissions.Read) is { } refused)
        {
            return refused;
        }
        if (!DocumentPaging.TryRead(skip, take, await access.UserAsync(context), out var paging, out var problem))
        {
            return problem!;
        }
        return TypedResults.Ok(await PageAsync(await content.GetRecycleBinAsync(ct), paging, parent: null, content, shapes, ct));
    }

    private static async Task<Results<Ok<PagedViewModel<DocumentRecycleBinItemResponseModel>>, ProblemHttpResult>> ChildrenAsync(
        Guid parentId, int? skip, int? take, HttpContext context, DocumentAccess access, IContentService content, DocumentItemShapes shapes, CancellationToken ct)
    {
        var parent = await access.DocumentAsync(context, parentId, DocumentPermissions.Read, trashed: true, ct);
        if (!parent.Allowed)
        {
            return parent.Problem!;
        }
        if (!DocumentPaging.TryRead(skip, take, parent.User, out var paging, out var problem))
        {
            return problem!;
        }
        return TypedResults.Ok(await PageAsync(await content.GetChildrenAsync(parent.Item!.Id, ct), paging, parent.Item.Key, content, shapes, ct));
    }

    /// <summary>Where a trashed document stood: <c>null</c> for the root; 404 when that parent is gone or trashed too.</summary>
    private static async Task<Results<Ok<ReferenceByIdModel?>, ProblemHttpResult>> OriginalParentAsync(
        Guid id, HttpContext context, DocumentAccess access, IContentService content, CancellationToken ct)
    {
        var document = await access.DocumentAsync(context, id, DocumentPermissions.Read, trashed: true, ct);
        if (!document.Allowed)
        {
            return document.Problem!;
        }
        if (document.Item!.OriginalParentId is null or ContentItem.RootId)
        {
            return TypedResults.Ok<ReferenceByIdModel?>(null);
        }
        var parent = await content.GetAsync(document.Item.OriginalParentId.Value, ct);
        return parent is { Trashed: false }
            ? TypedResults.Ok<ReferenceByIdModel?>(new ReferenceByIdModel(parent.Key))
            : ManagementProblems.NotFound(DocumentOperationText.TargetNotFound.For(document.User), operationStatus: "ParentNotFound");
    }

    private static async Task<Results<Ok, ProblemHttpResult>> RestoreAsync(
        Guid id, MoveDocumentRequestModel? request, HttpContext context, DocumentAccess access, IContentService content, CancellationToken ct)
    {
        var document = await access.DocumentAsync(context, id, DocumentPermissions.Move, trashed: true, ct);
        if (!document.Allowed)
        {
            return document.Problem!;
        }
        var target = await access.ParentAsync(context, request?.Target?.Id, DocumentPermissions.Create, ct);
        if (!target.Allowed)
        {
            return target.Problem!;
        }
        var result = await content.RestoreAsync(document.Item!.Id, target.Item?.Id ?? ContentItem.RootId, document.User.Name, ct);
        return result.Succeeded ? ManagementResults.EmptyOk(context) : DocumentOperationProblems.From(result, document.User);
    }

    private static async Task<Results<Ok, ProblemHttpResult>> DeleteAsync(Guid id, HttpContext context, DocumentAccess access, IContentService content, CancellationToken ct)
    {
        var document = await access.DocumentAsync(context, id, DocumentPermissions.Delete, trashed: true, ct);
        if (!document.Allowed)
        {
            return document.Problem!;
        }
        var result = await content.DeleteAsync(document.Item!.Id, document.User.Name, ct);
        return result.Succeeded ? ManagementResults.EmptyOk(context) : DocumentOperationProblems.From(result, document.User);
    }

    private static async Task<Results<Ok, ProblemHttpResult>> EmptyAsync(HttpContext context, DocumentAccess access, IContentService content, CancellationToken ct)
    {
        if (await access.RecycleBinAsync(context, DocumentPermissions.Delete) is { } refused)
        {
            return refused;
        }
        var user = await access.UserAsync(context);
        var result = await content.EmptyRecycleBinAsync(user.Name, ct);
        return result.Succeeded ? ManagementResults.EmptyOk(context) : DocumentOperationProblems.From(result, user);
    }

    private static async Task<PagedViewModel<DocumentRecycleBinItemResponseModel>> PageAsync(
        IReadOnlyList<ContentItem> items, DocumentPaging paging, Guid? parent, IContentService content, DocumentItemShapes shapes, CancellationToken ct)
    {
        var page = new List<DocumentRecycleBinItemResponseModel>();
        foreach (var item in items.OrderBy(i => i.SortOrder).Skip(paging.Skip).Take(paging.Take))
        {
            var hasChildren = (await content.GetChildrenAsync(item.Id, ct)).Count > 0;
            page.Add(new DocumentRecycleBinItemResponseModel(item.Key, DocumentItemShapes.Utc(item.CreateDate), hasChildren,
                parent is { } p ? new ItemReferenceByIdResponseModel(p) : null, await shapes.TypeAsync(item, ct), DocumentItemShapes.Variants(item)));
        }
        return new PagedViewModel<DocumentRecycleBinItemResponseModel>(items.Count, page);
    }
}
