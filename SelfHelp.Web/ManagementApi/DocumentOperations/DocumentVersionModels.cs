using SelfHelp.Web.ManagementApi.Documents;
using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.DocumentOperations;

/// <summary>Umbraco's <c>DocumentVersionItemResponseModel</c>: one entry of a document's history.</summary>
public sealed record DocumentVersionItemResponseModel(
    Guid Id,
    ReferenceByIdModel Document,
    ReferenceByIdModel DocumentType,
    ReferenceByIdModel User,
    DateTimeOffset VersionDate,
    bool IsCurrentPublishedVersion,
    bool IsCurrentDraftVersion,
    bool PreventCleanup);

/// <summary>Umbraco's <c>DocumentValueResponseModel</c>.</summary>
public sealed record DocumentValueResponseModel(string? Culture, string? Segment, string Alias, object? Value, string EditorAlias);

/// <summary>Umbraco's <c>DocumentVariantResponseModel</c>.</summary>
public sealed record DocumentVariantResponseModel(
    string? Culture,
    string? Segment,
    string Name,
    DateTimeOffset CreateDate,
    DateTimeOffset UpdateDate,
    string State,
    DateTimeOffset? PublishDate,
    DateTimeOffset? ScheduledPublishDate,
    DateTimeOffset? ScheduledUnpublishDate,
    string Id,
    IReadOnlyList<FlagModel> Flags);

/// <summary>Umbraco's <c>DocumentVersionResponseModel</c>: a version's names and values, read only.</summary>
public sealed record DocumentVersionResponseModel(
    IReadOnlyList<DocumentValueResponseModel> Values,
    IReadOnlyList<DocumentVariantResponseModel> Variants,
    Guid Id,
    IReadOnlyList<FlagModel> Flags,
    DocumentTypeReferenceResponseModel DocumentType,
    ReferenceByIdModel? Document);

/// <summary>
/// The Management API's id of a version: the engine numbers versions, Umbraco's client names them by GUID, so the
/// number is carried in the GUID's first four bytes with the rest zero (and only such GUIDs are read back).
/// </summary>
public static class DocumentVersionId
{
    public static Guid From(int versionId) => new(versionId, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static int? Read(Guid id)
    {
        var bytes = id.ToByteArray();
        return bytes.Skip(4).All(b => b == 0) ? BitConverter.ToInt32(bytes, 0) : null;
    }
}
