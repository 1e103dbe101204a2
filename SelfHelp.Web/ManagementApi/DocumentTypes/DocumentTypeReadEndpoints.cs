using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.ContentTypes;

namespace SelfHelp.Web.ManagementApi.DocumentTypes;

/// <summary>Reading document and element types: detail, what may be created where, items, search and the Settings tree.</summary>
internal static class DocumentTypeReadEndpoints
{
    private const ContentTypeKind Kind = ContentTypeKind.Document;

    public static void MapDocumentTypeReads(this RouteGroupBuilder group)
    {
        group.MapGet("document-type/{id:guid}", GetAsync).WithName("GetDocumentTypeById");
        group.MapGet("document-type/{id:guid}/allowed-children", AllowedChildrenAsync).WithName("GetDocumentTypeByIdAllowedChildren");
        group.MapGet("document-type/{id:guid}/blueprint", BlueprintsAsync).WithName("GetDocumentTypeByIdBlueprint");
        group.MapGet("document-type/{id:guid}/composition-references", CompositionReferencesAsync).WithName("GetDocumentTypeByIdCompositionReferences");
        group.MapGet("document-type/allowed-at-root", AllowedAtRootAsync).WithName("GetDocumentTypeAllowedAtRoot");
        group.MapGet("document-type/configuration", Configuration).WithName("GetDocumentTypeConfiguration");
        group.MapGet("item/document-type", ItemsAsync).WithName("GetItemDocumentType");
        group.MapGet("item/document-type/search", SearchAsync).WithName("GetItemDocumentTypeSearch");
        group.MapGet("tree/document-type/root", RootAsync).WithName("GetTreeDocumentTypeRoot");
        group.MapGet("tree/document-type/children", ChildrenAsync).WithName("GetTreeDocumentTypeChildren");
        group.MapGet("tree/document-type/ancestors", AncestorsAsync).WithName("GetTreeDocumentTypeAncestors");
        group.MapGet("tree/document-type/siblings", SiblingsAsync).WithName("GetTreeDocumentTypeSiblings");
    }

    internal static async Task<Results<Ok<DocumentTypeResponseModel>, ProblemHttpResult>> GetAsync(
        Guid id, IContentTypeService contentTypes, CancellationToken cancellationToken)
    {
        var all = await contentTypes.GetAllAsync(cancellationToken);
        return all.FirstOrDefault(t => t.Key == id && t.Kind == Kind) is { } type
            ? TypedResults.Ok(DocumentTypeResponses.Detail(type, all))
            : ContentTypeProblems.NotFound(Kind);
    }

    internal static async Task<Results<Ok<PagedViewModel<AllowedDocumentTypeModel>>, ProblemHttpResult>> AllowedChildrenAsync(
        Guid id, IContentTypeService contentTypes, CancellationToken cancellationToken, Guid? parentContentKey = null, int skip = 0, int take = 100)
    {
        _ = parentContentKey;
        if (TypePaging.Invalid(skip, take) is { } invalid)
        {
            return invalid;
        }
        var all = await contentTypes.GetAllAsync(cancellationToken);
        if (all.FirstOrDefault(t => t.Key == id && t.Kind == Kind) is not { } type)
        {
            return ContentTypeProblems.NotFound(Kind);
        }
        var allowed = type.AllowedChildren.OrderBy(c => c.SortOrder)
            .Select(c => ContentTypeLookup.Find(all, c.Key, c.Alias, Kind))
            .OfType<ContentType>()
            .Select(DocumentTypeResponses.Allowed)
            .ToList();
        return TypedResults.Ok(TypePaging.Page(allowed, skip, take));
    }

    // SelfHelp has no document blueprints: the true answer is an empty list.
    internal static async Task<Results<Ok<PagedViewModel<DocumentTypeBlueprintItemResponseModel>>, ProblemHttpResult>> BlueprintsAsync(
        Guid id, IContentTypeService contentTypes, CancellationToken cancellationToken, int skip = 0, int take = 100)
    {
        if (TypePaging.Invalid(skip, take) is { } invalid)
        {
            return invalid;
        }
        return await contentTypes.GetAsync(id, cancellationToken) is { Kind: Kind }
            ? TypedResults.Ok(new PagedViewModel<DocumentTypeBlueprintItemResponseModel>(0, []))
            : ContentTypeProblems.NotFound(Kind);
    }

    internal static async Task<Results<Ok<List<DocumentTypeCompositionResponseModel>>, ProblemHttpResult>> CompositionReferencesAsync(
        Guid id, IContentTypeService contentTypes, CancellationToken cancellationToken)
    {
        var all = await contentTypes.GetAllAsync(cancellationToken);
        if (all.FirstOrDefault(t => t.Key == id && t.Kind == Kind) is not { } type)
        {
            return ContentTypeProblems.NotFound(Kind);
        }
        return TypedResults.Ok(ContentTypeLookup.OfKind(all, Kind)
            .Where(t => t.Compositions.Contains(type.Alias, StringComparer.OrdinalIgnoreCase))
            .Select(t => new DocumentTypeCompositionResponseModel(t.Key, t.Name, t.Icon ?? DocumentTypeResponses.DefaultIcon))
            .ToList());
    }

    internal static async Task<Results<Ok<PagedViewModel<AllowedDocumentTypeModel>>, ProblemHttpResult>> AllowedAtRootAsync(
        IContentTypeService contentTypes, CancellationToken cancellationToken, int skip = 0, int take = 100)
    {
        if (TypePaging.Invalid(skip, take) is { } invalid)
        {
            return invalid;
        }
        var allowed = ContentTypeLookup.OfKind(await contentTypes.GetAllAsync(cancellationToken), Kind)
            .Where(t => t.AllowAtRoot && !t.IsElement).Select(DocumentTypeResponses.Allowed).ToList();
        return TypedResults.Ok(TypePaging.Page(allowed, skip, take));
    }

    // Headless: no templates; no segments.
    internal static Ok<DocumentTypeConfigurationResponseModel> Configuration() =>
        TypedResults.Ok(new DocumentTypeConfigurationResponseModel("True", DisableTemplates: true, UseSegments: false, ReservedFieldNames.All));

    internal static async Task<Ok<List<DocumentTypeItemResponseModel>>> ItemsAsync(
        IContentTypeService contentTypes, CancellationToken cancellationToken, [FromQuery] Guid[]? id = null)
    {
        var all = ContentTypeLookup.OfKind(await contentTypes.GetAllAsync(cancellationToken), Kind);
        var wanted = (id ?? []).Distinct().ToList();
        return TypedResults.Ok(wanted.Select(key => all.FirstOrDefault(t => t.Key == key)).OfType<ContentType>().Select(DocumentTypeResponses.Item).ToList());
    }

    internal static async Task<Results<Ok<PagedViewModel<DocumentTypeItemResponseModel>>, ProblemHttpResult>> SearchAsync(
        IContentTypeService contentTypes, CancellationToken cancellationToken, string? query = null, bool? isElement = null, int skip = 0, int take = 100)
    {
        if (TypePaging.Invalid(skip, take) is { } invalid)
        {
            return invalid;
        }
        var matching = ContentTypeLookup.OfKind(await contentTypes.GetAllAsync(cancellationToken), Kind)
            .Where(t => isElement is null || t.IsElement == isElement)
            .Where(t => string.IsNullOrWhiteSpace(query)
                || t.Name.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase)
                || t.Alias.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(DocumentTypeResponses.Item)
            .ToList();
        return TypedResults.Ok(TypePaging.Page(matching, skip, take));
    }

    internal static async Task<Results<Ok<PagedViewModel<DocumentTypeTreeItemResponseModel>>, ProblemHttpResult>> RootAsync(
        IContentTypeService contentTypes, CancellationToken cancellationToken, int skip = 0, int take = 100, bool foldersOnly = false)
    {
        if (TypePaging.Invalid(skip, take) is { } invalid)
        {
            return invalid;
        }
        // No document type folders in SelfHelp: a folders-only tree (the "move to" dialog) is empty.
        var types = foldersOnly ? [] : ContentTypeLookup.OfKind(await contentTypes.GetAllAsync(cancellationToken), Kind);
        return TypedResults.Ok(TypePaging.Page(types.Select(DocumentTypeResponses.TreeItem).ToList(), skip, take));
    }

    internal static async Task<Results<Ok<PagedViewModel<DocumentTypeTreeItemResponseModel>>, ProblemHttpResult>> ChildrenAsync(
        IContentTypeService contentTypes, CancellationToken cancellationToken, Guid? parentId = null, int skip = 0, int take = 100, bool foldersOnly = false)
    {
        _ = foldersOnly;
        if (TypePaging.Invalid(skip, take) is { } invalid)
        {
            return invalid;
        }
        // Types are leaves of the tree: a known one has no children.
        return parentId is { } parent && await contentTypes.GetAsync(parent, cancellationToken) is { Kind: Kind }
            ? TypedResults.Ok(new PagedViewModel<DocumentTypeTreeItemResponseModel>(0, []))
            : ContentTypeProblems.NotFound(Kind);
    }

    internal static async Task<Results<Ok<List<DocumentTypeTreeItemResponseModel>>, ProblemHttpResult>> AncestorsAsync(
        IContentTypeService contentTypes, CancellationToken cancellationToken, Guid? descendantId = null)
    {
        // As in Umbraco, the path from the root down to and including the item (here: only the item).
        return descendantId is { } key && await contentTypes.GetAsync(key, cancellationToken) is { Kind: Kind } type
            ? TypedResults.Ok(new List<DocumentTypeTreeItemResponseModel> { DocumentTypeResponses.TreeItem(type) })
            : ContentTypeProblems.NotFound(Kind);
    }

    internal static async Task<Results<Ok<SubsetViewModel<DocumentTypeTreeItemResponseModel>>, ProblemHttpResult>> SiblingsAsync(
        IContentTypeService contentTypes, CancellationToken cancellationToken, Guid? target = null, int before = 0, int after = 0, bool foldersOnly = false)
    {
        var types = foldersOnly ? [] : ContentTypeLookup.OfKind(await contentTypes.GetAllAsync(cancellationToken), Kind);
        var index = types.ToList().FindIndex(t => t.Key == target);
        return index < 0
            ? ContentTypeProblems.NotFound(Kind)
            : TypedResults.Ok(SubsetViewModel<DocumentTypeTreeItemResponseModel>.Around([.. types.Select(DocumentTypeResponses.TreeItem)], index, before, after));
    }
}
