using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Audit;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.DocumentOperations;

/// <summary>Umbraco's <c>AuditLogResponseModel</c>: who (by key; the client reads their name), when, what.</summary>
public sealed record AuditLogResponseModel(ReferenceByIdModel User, DateTimeOffset Timestamp, string LogType, string? Comment, string? Parameters);

/// <summary>A document's audit trail (the document's info tab "History"), newest first unless asked otherwise, paged.</summary>
internal static class DocumentAuditLogEndpoints
{
    public static void Map(RouteGroupBuilder content) =>
        content.MapGet("/document/{id:guid}/audit-log", ListAsync).WithTags("Document");

    private static async Task<Results<Ok<PagedViewModel<AuditLogResponseModel>>, ProblemHttpResult>> ListAsync(
        Guid id, string? orderDirection, DateTimeOffset? sinceDate, int? skip, int? take, HttpContext context, DocumentAccess access,
        IAuditService audit, BackOfficeUserKeys userKeys, CancellationToken ct)
    {
        var document = await access.DocumentAsync(context, id, DocumentPermissions.Read, trashed: null, ct);
        if (!document.Allowed)
        {
            return document.Problem!;
        }
        if (!DocumentPaging.TryRead(skip, take, document.User, out var paging, out var problem))
        {
            return problem!;
        }
        var ascending = string.Equals(orderDirection, "Ascending", StringComparison.OrdinalIgnoreCase);
        var entries = (await audit.GetForItemAsync(document.Item!.Id, ct))
            .Where(e => sinceDate is null || DocumentItemShapes.Utc(e.Date) >= sinceDate)
            .ToList();
        var ordered = ascending ? entries : entries.AsEnumerable().Reverse().ToList();
        var page = new List<AuditLogResponseModel>();
        foreach (var entry in ordered.Skip(paging.Skip).Take(paging.Take))
        {
            page.Add(new AuditLogResponseModel(new ReferenceByIdModel(await userKeys.KeyOfAsync(entry.UserName)), DocumentItemShapes.Utc(entry.Date),
                AuditLogTypes.Of(entry), entry.Comment, entry.Culture));
        }
        return TypedResults.Ok(new PagedViewModel<AuditLogResponseModel>(entries.Count, page));
    }
}

/// <summary>The engine's audit actions as Umbraco's <c>AuditType</c> names (variant kinds when a culture is recorded).</summary>
internal static class AuditLogTypes
{
    public static string Of(AuditEntry entry) => (entry.Action, entry.Culture is not null) switch
    {
        ("Save", true) => "SaveVariant",
        ("Publish", true) => "PublishVariant",
        ("Unpublish", true) => "UnpublishVariant",
        ("SendToPublish", true) => "SendToPublishVariant",
        ("Save" or "Publish" or "Unpublish" or "Copy" or "Move" or "Sort" or "Delete" or "RollBack" or "SendToPublish", _) => entry.Action,
        // Umbraco records trashing and restoring as moves (to and from the recycle bin).
        ("Trash" or "Restore", _) => "Move",
        _ => "Custom",
    };
}
