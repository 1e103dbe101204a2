using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.ContentTypes;

/// <summary>
/// Create, update and delete of a document or media type, whichever endpoint asked: checked by the applier, saved
/// through the engine (which writes the uSync file), refused while something still uses what would change.
/// </summary>
internal sealed class ContentTypeWrites(IContentTypeService contentTypes, IDataTypeService dataTypes, ContentTypeRequestApplier applier)
{
    public async Task<IResult> CreateAsync(HttpContext http, ContentTypeKind kind, Guid? id, bool hasParent, ContentTypeRequest request, CancellationToken cancellationToken)
    {
        if (hasParent)
        {
            return ContentTypeProblems.Refused(TypeText.Pick("Folders are not supported", "不支援資料夾"), TypeText.Pick("SelfHelp keeps no type folders: create types at the root.", "SelfHelp 不設類型資料夾：請在最上層建立類型。"), "ParentNotFound");
        }
        var key = id is { } given && given != Guid.Empty ? given : Guid.NewGuid();
        if (await contentTypes.GetAsync(key, cancellationToken) is not null)
        {
            return ContentTypeProblems.Refused(TypeText.Pick("Duplicate key", "識別碼重複"), TypeText.Pick("A type with this id already exists.", "已有類型使用此識別碼。"), "DuplicateKey");
        }
        var type = new ContentType { Key = key, Alias = "", Name = "", Kind = kind };
        var errors = await applier.ApplyAsync(type, request, cancellationToken);
        if (errors.Count > 0)
        {
            return ContentTypeProblems.Invalid(errors);
        }
        await contentTypes.SaveAsync(type, cancellationToken);
        var path = kind == ContentTypeKind.Media ? "media-type" : "document-type";
        return ManagementResults.Created(http, key, $"{ManagementApiBuilderExtensions.Prefix}/v1/{path}/{key}");
    }

    public async Task<Results<Ok, ProblemHttpResult>> UpdateAsync(HttpContext http, ContentTypeKind kind, Guid id, ContentTypeRequest request, CancellationToken cancellationToken)
    {
        if (await contentTypes.GetAsync(id, cancellationToken) is not { } type || type.Kind != kind)
        {
            return ContentTypeProblems.NotFound(kind);
        }
        if (await AliasChangeRefusedAsync(type, request.Alias, cancellationToken) is { } refused)
        {
            return refused;
        }
        var errors = await applier.ApplyAsync(type, request, cancellationToken);
        if (errors.Count > 0)
        {
            return ContentTypeProblems.Invalid(errors);
        }
        await contentTypes.SaveAsync(type, cancellationToken);
        return ManagementResults.EmptyOk(http);
    }

    public async Task<Results<Ok, ProblemHttpResult>> DeleteAsync(HttpContext http, ContentTypeKind kind, Guid id, CancellationToken cancellationToken)
    {
        if (await contentTypes.GetAsync(id, cancellationToken) is not { } type || type.Kind != kind)
        {
            return ContentTypeProblems.NotFound(kind);
        }
        if (SystemMediaTypes.Contains(type))
        {
            return ContentTypeProblems.Refused(TypeText.Pick("The type is needed", "此類型不可刪除"),
                TypeText.Pick("Folders and uploads are made of this media type.", "資料夾及上載的檔案都使用此媒體類型。"), "NotAllowed");
        }
        if (await ContentTypeUse.DescribeAsync(type, contentTypes, dataTypes, cancellationToken) is { } use)
        {
            // Umbraco would delete every item of the type with it; SelfHelp refuses, so no content is lost by a click.
            return ContentTypeProblems.Refused(TypeText.Pick("The type is in use", "此類型正在使用中"), use, "NotAllowed");
        }
        await contentTypes.DeleteAsync(id, cancellationToken);
        return ManagementResults.EmptyOk(http);
    }

    // Items and compositions name a type by alias, so its alias stays while anything names it.
    private async Task<ProblemHttpResult?> AliasChangeRefusedAsync(ContentType type, string? newAlias, CancellationToken cancellationToken)
    {
        if (newAlias is null || string.Equals(newAlias.Trim(), type.Alias, StringComparison.Ordinal))
        {
            return null;
        }
        if (SystemMediaTypes.Contains(type))
        {
            return ContentTypeProblems.Invalid(new Dictionary<string, string[]>
            {
                ["$.alias"] = [TypeText.Pick($"The alias of '{type.Name}' stays: folders and uploads are made of it.",
                    $"「{type.Name}」的別名不可更改：資料夾及上載的檔案都使用此類型。")],
            });
        }
        var items = await contentTypes.CountItemsAsync(type.Alias, cancellationToken);
        var composedBy = (await contentTypes.GetAllAsync(cancellationToken)).Count(t => t.Compositions.Contains(type.Alias, StringComparer.OrdinalIgnoreCase));
        return items == 0 && composedBy == 0
            ? null
            : ContentTypeProblems.Invalid(new Dictionary<string, string[]>
            {
                ["$.alias"] = [TypeText.Pick($"The alias of '{type.Name}' cannot change while {items} item(s) and {composedBy} type(s) use it.", $"「{type.Name}」仍有 {items} 個項目及 {composedBy} 個類型使用，別名不可更改。")],
            });
    }
}
