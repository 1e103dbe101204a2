using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Media;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.ContentTypes;
using Umbraco.Cms.Core;

namespace SelfHelp.Web.ManagementApi.MediaTypes;

/// <summary>Reading media types: detail, what may be created or uploaded where, items, search and the Settings tree.</summary>
internal static class MediaTypeReadEndpoints
{
    private const ContentTypeKind Kind = ContentTypeKind.Media;

    public static void MapMediaTypeReads(this RouteGroupBuilder group)
    {
        group.MapGet("media-type/{id:guid}", GetAsync).WithName("GetMediaTypeById");
        group.MapGet("media-type/{id:guid}/allowed-children", AllowedChildrenAsync).WithName("GetMediaTypeByIdAllowedChildren");
        group.MapGet("media-type/{id:guid}/composition-references", CompositionReferencesAsync).WithName("GetMediaTypeByIdCompositionReferences");
        group.MapGet("media-type/allowed-at-root", AllowedAtRootAsync).WithName("GetMediaTypeAllowedAtRoot");
        group.MapGet("media-type/configuration", Configuration).WithName("GetMediaTypeConfiguration");
        group.MapGet("item/media-type", ItemsAsync).WithName("GetItemMediaType");
        group.MapGet("item/media-type/allowed", AllowedForFileAsync).WithName("GetItemMediaTypeAllowed");
        group.MapGet("item/media-type/folders", FoldersAsync).WithName("GetItemMediaTypeFolders");
        group.MapGet("item/media-type/search", SearchAsync).WithName("GetItemMediaTypeSearch");
        group.MapGet("tree/media-type/root", RootAsync).WithName("GetTreeMediaTypeRoot");
        group.MapGet("tree/media-type/children", ChildrenAsync).WithName("GetTreeMediaTypeChildren");
        group.MapGet("tree/media-type/ancestors", AncestorsAsync).WithName("GetTreeMediaTypeAncestors");
        group.MapGet("tree/media-type/siblings", SiblingsAsync).WithName("GetTreeMediaTypeSiblings");
    }

    internal static async Task<Results<Ok<MediaTypeResponseModel>, ProblemHttpResult>> GetAsync(
        Guid id, IContentTypeService contentTypes, CancellationToken cancellationToken)
    {
        var all = await contentTypes.GetAllAsync(cancellationToken);
        if (all.FirstOrDefault(t => t.Key == id && t.Kind == Kind) is not { } type)
        {
            return ContentTypeProblems.NotFound(Kind);
        }
        return TypedResults.Ok(MediaTypeResponses.Detail(type, all));
    }

    internal static async Task<Results<Ok<PagedViewModel<AllowedMediaTypeModel>>, ProblemHttpResult>> AllowedChildrenAsync(
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
            .Select(c => ContentTypeLookup.Find(all, c.Key, c.Alias, Kind)).OfType<ContentType>().Select(MediaTypeResponses.Allowed).ToList();
        return TypedResults.Ok(TypePaging.Page(allowed, skip, take));
    }

    internal static async Task<Results<Ok<List<MediaTypeCompositionResponseModel>>, ProblemHttpResult>> CompositionReferencesAsync(
        Guid id, IContentTypeService contentTypes, CancellationToken cancellationToken)
    {
        var all = await contentTypes.GetAllAsync(cancellationToken);
        if (all.FirstOrDefault(t => t.Key == id && t.Kind == Kind) is not { } type)
        {
            return ContentTypeProblems.NotFound(Kind);
        }
        return TypedResults.Ok(ContentTypeLookup.OfKind(all, Kind)
            .Where(t => t.Compositions.Contains(type.Alias, StringComparer.OrdinalIgnoreCase))
            .Select(t => new MediaTypeCompositionResponseModel(t.Key, t.Name, t.Icon ?? MediaTypeResponses.DefaultIcon))
            .ToList());
    }

    internal static async Task<Results<Ok<PagedViewModel<AllowedMediaTypeModel>>, ProblemHttpResult>> AllowedAtRootAsync(
        IContentTypeService contentTypes, CancellationToken cancellationToken, int skip = 0, int take = 100)
    {
        if (TypePaging.Invalid(skip, take) is { } invalid)
        {
            return invalid;
        }
        var allowed = ContentTypeLookup.OfKind(await contentTypes.GetAllAsync(cancellationToken), Kind)
            .Where(t => t.AllowAtRoot).Select(MediaTypeResponses.Allowed).ToList();
        return TypedResults.Ok(TypePaging.Page(allowed, skip, take));
    }

    internal static Ok<MediaTypeConfigurationResponseModel> Configuration() =>
        TypedResults.Ok(new MediaTypeConfigurationResponseModel(ReservedFieldNames.All));

    internal static async Task<Ok<List<MediaTypeItemResponseModel>>> ItemsAsync(
        IContentTypeService contentTypes, CancellationToken cancellationToken, [FromQuery] Guid[]? id = null)
    {
        var all = ContentTypeLookup.OfKind(await contentTypes.GetAllAsync(cancellationToken), Kind);
        return TypedResults.Ok((id ?? []).Distinct().Select(key => all.FirstOrDefault(t => t.Key == key)).OfType<ContentType>()
            .Select(MediaTypeResponses.Item).ToList());
    }

    /// <summary>
    /// The media types an uploaded file of this extension may become (the client's drop zone asks before it creates, and
    /// asks the user only when more than one is offered): as in Umbraco, the types that name the extension (an image
    /// cropper names the image formats), and only when none does, the types that take any file.
    /// </summary>
    internal static async Task<Results<Ok<PagedViewModel<MediaTypeItemResponseModel>>, ProblemHttpResult>> AllowedForFileAsync(
        IContentTypeService contentTypes, MediaFileTypes fileTypes, CancellationToken cancellationToken, string? fileExtension = null, int skip = 0, int take = 100)
    {
        if (TypePaging.Invalid(skip, take) is { } invalid)
        {
            return invalid;
        }
        var extension = fileExtension?.Trim().TrimStart('.') ?? "";
        var naming = new List<ContentType>();
        var takingAny = new List<ContentType>();
        foreach (var type in ContentTypeLookup.OfKind(await contentTypes.GetAllAsync(cancellationToken), Kind))
        {
            if (extension.Length == 0 || await fileTypes.RefusalAsync(type, extension, cancellationToken) is not null)
            {
                continue;
            }
            (await fileTypes.AcceptedExtensionsAsync(type, cancellationToken) is null ? takingAny : naming).Add(type);
        }
        var allowed = (naming.Count > 0 ? naming : takingAny).Select(MediaTypeResponses.Item).ToList();
        return TypedResults.Ok(TypePaging.Page(allowed, skip, take));
    }

    /// <summary>The media types that are folders: as in Umbraco, those without a file that allow children, and always "Folder".</summary>
    internal static async Task<Results<Ok<PagedViewModel<MediaTypeItemResponseModel>>, ProblemHttpResult>> FoldersAsync(
        IContentTypeService contentTypes, CancellationToken cancellationToken, int skip = 0, int take = 100)
    {
        if (TypePaging.Invalid(skip, take) is { } invalid)
        {
            return invalid;
        }
        var folders = ContentTypeLookup.OfKind(await contentTypes.GetAllAsync(cancellationToken), Kind)
            .Where(t => string.Equals(t.Alias, Constants.Conventions.MediaTypes.Folder, StringComparison.OrdinalIgnoreCase)
                || (t.FindProperty(Constants.Conventions.Media.File) is null && t.AllowedChildren.Count > 0))
            .Select(MediaTypeResponses.Item).ToList();
        return TypedResults.Ok(TypePaging.Page(folders, skip, take));
    }

    internal static async Task<Results<Ok<PagedViewModel<MediaTypeItemResponseModel>>, ProblemHttpResult>> SearchAsync(
        IContentTypeService contentTypes, CancellationToken cancellationToken, string? query = null, int skip = 0, int take = 100)
    {
        if (TypePaging.Invalid(skip, take) is { } invalid)
        {
            return invalid;
        }
        var matching = ContentTypeLookup.OfKind(await contentTypes.GetAllAsync(cancellationToken), Kind)
            .Where(t => string.IsNullOrWhiteSpace(query)
                || t.Name.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase)
                || t.Alias.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(MediaTypeResponses.Item).ToList();
        return TypedResults.Ok(TypePaging.Page(matching, skip, take));
    }

    internal static async Task<Results<Ok<PagedViewModel<MediaTypeTreeItemResponseModel>>, ProblemHttpResult>> RootAsync(
        IContentTypeService contentTypes, CancellationToken cancellationToken, int skip = 0, int take = 100, bool foldersOnly = false)
    {
        if (TypePaging.Invalid(skip, take) is { } invalid)
        {
            return invalid;
        }
        // No media type folders in SelfHelp: a folders-only tree (the "move to" dialog) is empty.
        var types = foldersOnly ? [] : ContentTypeLookup.OfKind(await contentTypes.GetAllAsync(cancellationToken), Kind);
        return TypedResults.Ok(TypePaging.Page(types.Select(MediaTypeResponses.TreeItem).ToList(), skip, take));
    }

    internal static async Task<Results<Ok<PagedViewModel<MediaTypeTreeItemResponseModel>>, ProblemHttpResult>> ChildrenAsync(
        IContentTypeService contentTypes, CancellationToken cancellationToken, Guid? parentId = null, int skip = 0, int take = 100, bool foldersOnly = false)
    {
        _ = foldersOnly;
        if (TypePaging.Invalid(skip, take) is { } invalid)
        {
            return invalid;
        }
        return parentId is { } parent && await contentTypes.GetAsync(parent, cancellationToken) is { Kind: Kind }
            ? TypedResults.Ok(new PagedViewModel<MediaTypeTreeItemResponseModel>(0, []))
            : ContentTypeProblems.NotFound(Kind);
    }

    internal static async Task<Results<Ok<List<MediaTypeTreeItemResponseModel>>, ProblemHttpResult>> AncestorsAsync(
        IContentTypeService contentTypes, CancellationToken cancellationToken, Guid? descendantId = null) =>
        descendantId is { } key && await contentTypes.GetAsync(key, cancellationToken) is { Kind: Kind } type
            ? TypedResults.Ok(new List<MediaTypeTreeItemResponseModel> { MediaTypeResponses.TreeItem(type) })
            : ContentTypeProblems.NotFound(Kind);

    internal static async Task<Results<Ok<SubsetViewModel<MediaTypeTreeItemResponseModel>>, ProblemHttpResult>> SiblingsAsync(
        IContentTypeService contentTypes, CancellationToken cancellationToken, Guid? target = null, int before = 0, int after = 0, bool foldersOnly = false)
    {
        var types = foldersOnly ? [] : ContentTypeLookup.OfKind(await contentTypes.GetAllAsync(cancellationToken), Kind);
        var index = types.ToList().FindIndex(t => t.Key == target);
        return index < 0
            ? ContentTypeProblems.NotFound(Kind)
            : TypedResults.Ok(SubsetViewModel<MediaTypeTreeItemResponseModel>.Around([.. types.Select(MediaTypeResponses.TreeItem)], index, before, after));
    }
}
