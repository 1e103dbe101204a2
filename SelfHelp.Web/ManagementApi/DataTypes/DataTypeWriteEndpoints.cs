using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.ContentTypes;

namespace SelfHelp.Web.ManagementApi.DataTypes;

/// <summary>Creating, changing and deleting data types (Settings section); the engine writes each change to its uSync file.</summary>
internal static class DataTypeWriteEndpoints
{
    public static void MapDataTypeWrites(this RouteGroupBuilder group)
    {
        group.MapPost("data-type", CreateAsync).WithName("PostDataType");
        group.MapPut("data-type/{id:guid}", UpdateAsync).WithName("PutDataTypeById");
        group.MapDelete("data-type/{id:guid}", DeleteAsync).WithName("DeleteDataTypeById");
    }

    internal static async Task<IResult> CreateAsync(
        CreateDataTypeRequestModel request, HttpContext http, IDataTypeService dataTypes, CancellationToken cancellationToken)
    {
        if (Check(request.Name, request.EditorAlias, request.EditorUiAlias) is { } invalid)
        {
            return invalid;
        }
        if (request.Parent is not null)
        {
            return DataTypeProblems.Invalid(TypeText.Pick("SelfHelp keeps no data type folders: create data types at the root.", "SelfHelp 不設資料類型資料夾：請在最上層建立資料類型。"), "ParentNotFound");
        }
        var key = request.Id is { } id && id != Guid.Empty ? id : Guid.NewGuid();
        if (await dataTypes.GetAsync(key, cancellationToken) is not null)
        {
            return DataTypeProblems.DuplicateKey();
        }
        await dataTypes.SaveAsync(new DataType
        {
            Key = key,
            Name = request.Name!.Trim(),
            EditorAlias = request.EditorAlias!,
            EditorUiAlias = request.EditorUiAlias,
            ConfigurationJson = DataTypeResponses.ConfigurationJson(request.Values ?? []),
        }, cancellationToken);
        return ManagementResults.Created(http, key, $"{ManagementApiBuilderExtensions.Prefix}/v1/data-type/{key}");
    }

    internal static async Task<Results<Ok, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateDataTypeRequestModel request, HttpContext http, IDataTypeService dataTypes, CancellationToken cancellationToken)
    {
        if (await dataTypes.GetAsync(id, cancellationToken) is not { } dataType)
        {
            return DataTypeProblems.NotFound();
        }
        if (Check(request.Name, request.EditorAlias, request.EditorUiAlias) is { } invalid)
        {
            return invalid;
        }
        dataType.Name = request.Name!.Trim();
        dataType.EditorAlias = request.EditorAlias!;
        dataType.EditorUiAlias = request.EditorUiAlias;
        dataType.ConfigurationJson = DataTypeResponses.ConfigurationJson(request.Values ?? []);
        await dataTypes.SaveAsync(dataType, cancellationToken);
        return ManagementResults.EmptyOk(http);
    }

    internal static async Task<Results<Ok, ProblemHttpResult>> DeleteAsync(
        Guid id, HttpContext http, IDataTypeService dataTypes, IContentTypeService contentTypes, CancellationToken cancellationToken)
    {
        if (await dataTypes.GetAsync(id, cancellationToken) is null)
        {
            return DataTypeProblems.NotFound();
        }
        // Umbraco would delete the properties using it (and their values); SelfHelp refuses, so no content is lost by a click.
        if ((await DataTypeUsage.LoadAsync(contentTypes, cancellationToken)).IsUsed(id))
        {
            return DataTypeProblems.InUse();
        }
        await dataTypes.DeleteAsync(id, cancellationToken);
        return ManagementResults.EmptyOk(http);
    }

    private static ProblemHttpResult? Check(string? name, string? editorAlias, string? editorUiAlias)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return DataTypeProblems.Invalid(TypeText.Pick("A data type needs a name.", "資料類型需要名稱。"), "InvalidName");
        }
        if (string.IsNullOrWhiteSpace(editorAlias) || !PropertyEditorUiAliases.HasUi(editorAlias))
        {
            return DataTypeProblems.Invalid(TypeText.Pick($"'{editorAlias}' is not a property editor SelfHelp can edit.", $"「{editorAlias}」不是 SelfHelp 可編輯的屬性編輯器。"), "PropertyEditorNotFound");
        }
        if (string.IsNullOrWhiteSpace(editorUiAlias))
        {
            return DataTypeProblems.Invalid(TypeText.Pick("A data type needs the alias of the editor UI that edits it.", "資料類型需要指明編輯它的編輯器介面別名。"), "InvalidConfiguration");
        }
        return null;
    }
}
