using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Content;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Records;
using SelfHelp.Core.Publishing;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Dashboard;

/// <summary>
/// <c>GET /selfhelp-dashboard/attention</c> for the Content section's "Needs attention" dashboard: forms with new
/// entries (counts only), documents scheduled to publish or unpublish in the next 7 days that the user may read, and
/// workshops with a waiting list (counts only, so no registrant's details reach the Content section).
/// </summary>
public static class AttentionEndpoints
{
    /// <summary>How far ahead scheduled publishing is listed.</summary>
    public static readonly TimeSpan ScheduleWindow = TimeSpan.FromDays(7);

    /// <summary>The longest each list gets: the dashboard is a summary that links on.</summary>
    public const int ListLength = 10;

    public static RouteGroupBuilder MapAttentionEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapGet("/selfhelp-dashboard/attention", GetAsync).WithTags("Dashboard").RequireAuthorization(BackOfficePolicies.SectionAccessContent);
        return v1;
    }

    private static async Task<Ok<AttentionResponseModel>> GetAsync(
        HttpContext context, IBackOfficeUserAccessor users, IFormService forms, IFormEntryCounts counts, IUpcomingSchedules schedules,
        IWorkshopWaitingLists waitingLists, IContentService content, TimeProvider clock, CancellationToken ct)
    {
        var user = (await users.GetCurrentAsync(context))!;
        var documents = new ReadableDocuments(content);

        var submitted = (await counts.ByFormAndStateAsync(ct)).Where(c => c.State == FormEntryState.Submitted && c.Count > 0).ToDictionary(c => c.FormKey, c => c.Count);
        var newEntries = (await forms.GetAllAsync(ct)).Where(f => submitted.ContainsKey(f.Key))
            .Select(f => new AttentionFormModel(f.Key, f.Name, submitted[f.Key])).OrderByDescending(f => f.Count).ToList();

        var now = clock.GetUtcNow().UtcDateTime;
        var scheduled = new List<AttentionScheduleModel>();
        foreach (var schedule in await schedules.BetweenAsync(now, now + ScheduleWindow, ct))
        {
            if (scheduled.Count < ListLength && await documents.GetAsync(schedule.NodeId, user, ct) is { } item)
            {
                scheduled.Add(new AttentionScheduleModel(item.Key, ReadableDocuments.NameFor(item, user, schedule.Culture), schedule.Culture, schedule.Action.ToString(), schedule.Date));
            }
        }

        var waiting = new List<AttentionWaitingListModel>();
        foreach (var list in await waitingLists.GetAsync(ct))
        {
            if (waiting.Count < ListLength && await documents.GetAsync(list.WorkshopKey, user, ct) is { } workshop)
            {
                waiting.Add(new AttentionWaitingListModel(workshop.Key, ReadableDocuments.NameFor(workshop, user), list.Waiting, list.Confirmed));
            }
        }
        return TypedResults.Ok(new AttentionResponseModel(newEntries, scheduled, waiting));
    }
}
