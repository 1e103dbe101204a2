using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.ContentTypes;

namespace SelfHelp.Web.ManagementApi.DataTypes;

/// <summary>Reading data types: detail, usage, items for pickers, search, filter and the Settings tree.</summary>
internal static class DataTypeReadEndpoints
{
    public static void MapDataTypeReads(this RouteGroupBuilder group)
    {
        group.MapGet("data-type/{id:guid}", GetAsync).WithName("GetDataTypeById");
        group.MapGet("data-type/{id:guid}/is-used", IsUsedAsync).WithName("GetDataTypeByIdIsUsed");
        group.MapGet("data-type/{id:guid}/referenced-by", ReferencedByAsync).WithName("GetDataTypeByIdReferencedBy");
        group.MapGet("data-type/configuration", Configuration).WithName("GetDataTypeConfiguration");
        group.MapGet("item/data-type", ItemsAsync).WithName("GetItemDataType");
        group.MapGet("item/data-type/search", SearchAsync).WithName("GetItemDataTypeSearch");
        group.MapGet("filter/data-type", FilterAsync).WithName("GetFilterDataType");
        group.MapGet("tree/data-type/root", RootAsync).WithName("GetTreeDataTypeRoot");
        group.MapGet("tree/data-type/children", ChildrenAsync).WithName("GetTreeDataTypeChildren");
        group.MapGet("tree/data-type/ancestors", AncestorsAsync).WithName("GetTreeDataTypeAncestors");
        group.MapGet("tree/data-type/siblings", SiblingsAsync).WithName("GetTreeDataTypeSiblings");
    }

    internal static async Task<Results<Ok<DataTypeResponseModel>, ProblemHttpResult>> GetAsync(
        Guid id, IDataTypeService dataTypes, IContentTypeService contentTypes, CancellationToken cancellationToken)
    {
        if (await dataTypes.GetAsync(id, cancellationToken) is not { } dataType)
        {
            return DataTypeProblems.NotFound();
        }
        var usage = await DataTypeUsage.LoadAsync(contentTypes, cancellationToken);
        return TypedResults.Ok(DataTypeResponses.Detail(dataType, usage.IsUsed(id)));
    }

    internal static async Task<Results<Ok<bool>, ProblemHttpResult>> IsUsedAsync(
        Guid id, IDataTypeService dataTypes, IContentTypeService contentTypes, CancellationToken cancellationToken)
    {
        if (await dataTypes.GetAsync(id, cancellationToken) is null)
        {
            return DataTypeProblems.NotFound();
        }
        return TypedResults.Ok((await DataTypeUsage.LoadAsync(contentTypes, cancellationToken)).IsUsed(id));
    }

    internal static async Task<Results<Ok<PagedViewModel<object>>, ProblemHttpResult>> ReferencedByAsync(
        Guid id, IDataTypeService dataTypes, IContentTypeService contentTypes, CancellationToken cancellationToken, int skip = 0, int take = 20)
    {
        if (TypePaging.Invalid(skip, take) is { } invalid)
        {
            return invalid;
        }
        if (await dataTypes.GetAsync(id, cancellationToken) is null)
        {
            return DataTypeProblems.NotFound();
        }
        var references = (await DataTypeUsage.LoadAsync(contentTypes, cancellationToken)).PropertiesUsing(id)
            .Select(object (r) =>
            {
                var owner = new TrackedReferenceTypeModel(r.Type.Key, r.Type.Icon, r.Type.Alias, r.Type.Name);
                return r.Type.Kind == ContentTypeKind.Media
                    ? new MediaTypePropertyTypeReferenceResponseModel(nameof(MediaTypePropertyTypeReferenceResponseModel), r.Property.Key, r.Property.Name, r.Property.Alias, owner)
                    : new DocumentTypePropertyTypeReferenceResponseModel(nameof(DocumentTypePropertyTypeReferenceResponseModel), r.Property.Key, r.Property.Name, r.Property.Alias, owner);
            })
            .ToList();
        return TypedResults.Ok(TypePaging.Page(references, skip, take));
    }

    // An editor may be changed while the data type is used: values the new editor cannot read show as it stores them.
    internal static Ok<DatatypeConfigurationResponseModel> Configuration() =>
        TypedResults.Ok(new DatatypeConfigurationResponseModel("True", Guid.Empty, Guid.Empty));

    internal static async Task<Ok<List<DataTypeItemResponseModel>>> ItemsAsync(
        IDataTypeService dataTypes, IContentTypeService contentTypes, CancellationToken cancellationToken, [FromQuery] Guid[]? id = null)
    {
        var usage = await DataTypeUsage.LoadAsync(contentTypes, cancellationToken);
        var items = new List<DataTypeItemResponseModel>();
        foreach (var key in (id ?? []).Distinct())
        {
            if (await dataTypes.GetAsync(key, cancellationToken) is { } dataType)
            {
                items.Add(DataTypeResponses.Item(dataType, usage.IsUsed(key)));
            }
        }
        return TypedResults.Ok(items);
    }

    internal static Task<Results<Ok<PagedViewModel<DataTypeItemResponseModel>>, ProblemHttpResult>> SearchAsync(
        IDataTypeService dataTypes, IContentTypeService contentTypes, CancellationToken cancellationToken, string? query = null, int skip = 0, int take = 100) =>
        ListAsync(dataTypes, contentTypes, d => Contains(d.Name, query), skip, take, cancellationToken);

    internal static Task<Results<Ok<PagedViewModel<DataTypeItemResponseModel>>, ProblemHttpResult>> FilterAsync(
        IDataTypeService dataTypes, IContentTypeService contentTypes, CancellationToken cancellationToken,
        int skip = 0, int take = 100, string? name = null, string? editorUiAlias = null, string? editorAlias = null) =>
        ListAsync(dataTypes, contentTypes, d => Contains(d.Name, name)
            && (string.IsNullOrEmpty(editorAlias) || string.Equals(d.EditorAlias, editorAlias, StringComparison.OrdinalIgnoreCase))
            && (string.IsNullOrEmpty(editorUiAlias) || string.Equals(PropertyEditorUiAliases.For(d.EditorAlias, d.EditorUiAlias), editorUiAlias, StringComparison.OrdinalIgnoreCase)),
            skip, take, cancellationToken);

    internal static async Task<Results<Ok<PagedViewModel<DataTypeTreeItemResponseModel>>, ProblemHttpResult>> RootAsync(
        IDataTypeService dataTypes, IContentTypeService contentTypes, CancellationToken cancellationToken, int skip = 0, int take = 100, bool foldersOnly = false)
    {
        if (TypePaging.Invalid(skip, take) is { } invalid)
        {
            return invalid;
        }
        // SelfHelp keeps no data type folders, so a folders-only tree (the "move to" dialog) is empty.
        var all = foldersOnly ? [] : await dataTypes.GetAllAsync(cancellationToken);
        var usage = await DataTypeUsage.LoadAsync(contentTypes, cancellationToken);
        return TypedResults.Ok(TypePaging.Page(all.Select(d => DataTypeResponses.TreeItem(d, usage.IsUsed(d.Key))).ToList(), skip, take));
    }

    internal static async Task<Results<Ok<PagedViewModel<DataTypeTreeItemResponseModel>>, ProblemHttpResult>> ChildrenAsync(
        IDataTypeService dataTypes, CancellationToken cancellationToken, Guid? parentId = null, int skip = 0, int take = 100, bool foldersOnly = false)
    {
        _ = foldersOnly;
        if (TypePaging.Invalid(skip, take) is { } invalid)
        {
            return invalid;
        }
        // Data types are leaves: a known one has no children; anything else is not in the tree.
        if (parentId is not { } parent || await dataTypes.GetAsync(parent, cancellationToken) is null)
        {
            return DataTypeProblems.NotFound();
        }
        return TypedResults.Ok(new PagedViewModel<DataTypeTreeItemResponseModel>(0, []));
    }

    internal static async Task<Results<Ok<List<DataTypeTreeItemResponseModel>>, ProblemHttpResult>> AncestorsAsync(
        IDataTypeService dataTypes, IContentTypeService contentTypes, CancellationToken cancellationToken, Guid? descendantId = null)
    {
        if (descendantId is not { } key || await dataTypes.GetAsync(key, cancellationToken) is not { } dataType)
        {
            return DataTypeProblems.NotFound();
        }
        // As in Umbraco, the path from the root down to and including the item itself (here: only the item).
        var usage = await DataTypeUsage.LoadAsync(contentTypes, cancellationToken);
        return TypedResults.Ok(new List<DataTypeTreeItemResponseModel> { DataTypeResponses.TreeItem(dataType, usage.IsUsed(key)) });
    }

    private static async Task<Results<Ok<PagedViewModel<DataTypeItemResponseModel>>, ProblemHttpResult>> ListAsync(
        IDataTypeService dataTypes, IContentTypeService contentTypes, Func<DataType, bool> match, int skip, int take, CancellationToken cancellationToken)
    {
        if (TypePaging.Invalid(skip, take) is { } invalid)
        {
            return invalid;
        }
        var usage = await DataTypeUsage.LoadAsync(contentTypes, cancellationToken);
        var matching = (await dataTypes.GetAllAsync(cancellationToken)).Where(match).Select(d => DataTypeResponses.Item(d, usage.IsUsed(d.Key))).ToList();
        return TypedResults.Ok(TypePaging.Page(matching, skip, take));
    }

    private static bool Contains(string text, string? part) =>
        string.IsNullOrWhiteSpace(part) || text.Contains(part.Trim(), StringComparison.OrdinalIgnoreCase);

    internal static async Task<Results<Ok<SubsetViewModel<DataTypeTreeItemResponseModel>>, ProblemHttpResult>> SiblingsAsync(
        IDataTypeService dataTypes, IContentTypeService contentTypes, CancellationToken cancellationToken,
        Guid? target = null, int before = 0, int after = 0, bool foldersOnly = false)
    {
        var all = foldersOnly ? [] : await dataTypes.GetAllAsync(cancellationToken);
        var index = all.ToList().FindIndex(d => d.Key == target);
        if (index < 0)
        {
            return DataTypeProblems.NotFound();
        }
        var usage = await DataTypeUsage.LoadAsync(contentTypes, cancellationToken);
        return TypedResults.Ok(SubsetViewModel<DataTypeTreeItemResponseModel>.Around(
            [.. all.Select(d => DataTypeResponses.TreeItem(d, usage.IsUsed(d.Key)))], index, before, after));
    }
}
