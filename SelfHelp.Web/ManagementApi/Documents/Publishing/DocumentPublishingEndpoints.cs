using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Publishing;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Documents.Publishing;

/// <summary>
/// Publish (now, or per culture at a scheduled time), unpublish per culture, and publish with descendants. Each
/// needs its verb on the document and the right to edit every culture it touches; a Writer has no Publish verb.
/// </summary>
internal static class DocumentPublishingEndpoints
{
    public static void MapDocumentPublishingEndpoints(this RouteGroupBuilder documents)
    {
        documents.MapPut("{id:guid}/publish", PublishAsync).WithName("PutDocumentByIdPublish");
        documents.MapPut("{id:guid}/unpublish", UnpublishAsync).WithName("PutDocumentByIdUnpublish");
        documents.MapPut("{id:guid}/publish-with-descendants", PublishWithDescendantsAsync).WithName("PutDocumentByIdPublishWithDescendants");
        documents.MapGet("{id:guid}/publish-with-descendants/result/{taskId:guid}", PublishWithDescendantsResult)
            .WithName("GetDocumentByIdPublishWithDescendantsResultByTaskId");
    }

    internal static async Task<IResult> PublishAsync(Guid id, PublishDocumentRequestModel request, HttpContext http, DocumentAccess access,
        IContentService content, IContentTypeService types, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (item, user, problems, refused) = await OpenAsync(id, DocumentPermissions.Publish, http, access, content, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }
        var entries = request.PublishSchedules ?? [];
        if (entries.Count == 0 || entries.Any(e => item!.VariesByCulture == (e.Culture is null)))
        {
            return problems.Invalid(problems.Text.UnknownCulture(entries.FirstOrDefault(e => e.Culture is not null)?.Culture ?? "invariant"), "InvalidCulture");
        }
        if (entries.FirstOrDefault(e => !user.CanEditCulture(e.Culture)) is { } forbidden)
        {
            return problems.CultureForbidden(forbidden.Culture);
        }
        var now = clock.GetUtcNow();
        if (entries.Any(e => e.Schedule?.PublishTime <= now || e.Schedule?.UnpublishTime <= now))
        {
            return problems.Invalid(problems.Text.ScheduleInPast, "PublishTimeNeedsToBeInFuture");
        }

        var immediately = entries.Where(e => e.Schedule?.PublishTime is null).Select(e => e.Culture ?? ContentData.Invariant).ToList();
        if (immediately.Count > 0)
        {
            var published = await content.PublishAsync(item!, immediately, user.Name, cancellationToken);
            if (!published.Succeeded)
            {
                return problems.From(published, await types.GetAsync(item!.ContentTypeAlias, cancellationToken));
            }
        }
        foreach (var entry in entries.Where(e => e.Schedule is not null))
        {
            foreach (var (action, time) in new[] { (ScheduleAction.Publish, entry.Schedule!.PublishTime), (ScheduleAction.Unpublish, entry.Schedule.UnpublishTime) })
            {
                if (time is { } at && await content.ScheduleAsync(item!.Id, action, at.UtcDateTime, entry.Culture, user.Name, cancellationToken) is { Succeeded: false } failed)
                {
                    return problems.From(failed);
                }
            }
        }
        return ManagementResults.EmptyOk(http);
    }

    internal static async Task<IResult> UnpublishAsync(Guid id, UnpublishDocumentRequestModel request, HttpContext http, DocumentAccess access,
        IContentService content, CancellationToken cancellationToken)
    {
        var (item, user, problems, refused) = await OpenAsync(id, DocumentPermissions.Unpublish, http, access, content, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }
        IReadOnlyList<string?> cultures = request.Cultures is { Count: > 0 } named && item!.VariesByCulture ? [.. named] : [null];
        foreach (var c in cultures)
        {
            // Taking the whole document offline takes every culture offline, so it needs every language.
            if (c is null ? !user.HasAccessToAllLanguages : !user.CanEditCulture(c))
            {
                return problems.CultureForbidden(c);
            }
        }
        foreach (var c in cultures)
        {
            var result = await content.UnpublishAsync(item!.Id, c, user.Name, cancellationToken);
            if (!result.Succeeded)
            {
                return problems.From(result);
            }
        }
        return ManagementResults.EmptyOk(http);
    }

    /// <summary>
    /// Publishes the document and then its descendants (those already published in a culture, or all when asked),
    /// while the request waits: the task the client then polls is already complete.
    /// </summary>
    internal static async Task<IResult> PublishWithDescendantsAsync(Guid id, PublishDocumentWithDescendantsRequestModel request, HttpContext http,
        DocumentAccess access, IContentService content, IContentTypeService types, PublishWithDescendantsTasks tasks, CancellationToken cancellationToken)
    {
        var (item, user, problems, refused) = await OpenAsync(id, DocumentPermissions.Publish, http, access, content, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }
        var cultures = item!.VariesByCulture ? request.Cultures ?? [] : [ContentData.Invariant];
        if (cultures.Count == 0)
        {
            return problems.Invalid(problems.Text.UnknownCulture("invariant"), "InvalidCulture");
        }
        if (cultures.FirstOrDefault(c => c.Length > 0 && !user.CanEditCulture(c)) is { } forbidden)
        {
            return problems.CultureForbidden(forbidden);
        }
        var published = await content.PublishAsync(item, cultures, user.Name, cancellationToken);
        if (!published.Succeeded)
        {
            return problems.From(published, await types.GetAsync(item.ContentTypeAlias, cancellationToken));
        }
        var failed = 0;
        foreach (var descendant in await content.GetDescendantsAsync(item, cancellationToken))
        {
            var wanted = cultures.Where(c => descendant.VariesByCulture ? descendant.Draft.GetName(c) is not null : true)
                .Select(c => descendant.VariesByCulture ? c : ContentData.Invariant).Distinct()
                .Where(c => request.IncludeUnpublishedDescendants || descendant.IsPublished(c.Length == 0 ? null : c)).ToList();
            if (wanted.Count == 0 || !await access.AllowsAsync(user, descendant, DocumentPermissions.Publish, cancellationToken))
            {
                continue;
            }
            if (!(await content.PublishAsync(descendant, wanted, user.Name, cancellationToken)).Succeeded)
            {
                failed++;
            }
        }
        if (failed > 0)
        {
            ManagementResults.AddNotification(http, problems.Text.PublishFailed, problems.Text.DescendantsNotPublished(failed), "Warning");
        }
        return TypedResults.Ok(new PublishWithDescendantsResultModel(tasks.Completed(item.Key), IsComplete: true));
    }

    internal static async Task<IResult> PublishWithDescendantsResult(Guid id, Guid taskId, HttpContext http, DocumentAccess access, PublishWithDescendantsTasks tasks)
    {
        var problems = DocumentProblems.For(await access.UserAsync(http));
        return tasks.IsKnown(id, taskId) ? TypedResults.Ok(new PublishWithDescendantsResultModel(taskId, IsComplete: true)) : problems.NotFound();
    }

    /// <summary>The document, if it exists outside the recycle bin and the user has <paramref name="verb"/> on it.</summary>
    private static async Task<(ContentItem? Item, BackOfficeUser User, DocumentProblems Problems, ProblemHttpResult? Refused)> OpenAsync(
        Guid id, string verb, HttpContext http, DocumentAccess access, IContentService content, CancellationToken cancellationToken)
    {
        var user = await access.UserAsync(http);
        var problems = DocumentProblems.For(user);
        var item = await content.GetAsync(id, cancellationToken);
        ProblemHttpResult? refused = item is null ? problems.NotFound()
            : item.Trashed ? problems.InTrash()
            : !await access.AllowsAsync(user, item, verb, cancellationToken) ? problems.Forbidden()
            : null;
        return (item, user, problems, refused);
    }
}
