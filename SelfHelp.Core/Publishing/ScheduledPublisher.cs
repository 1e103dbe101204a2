using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfHelp.Core.Content;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Publishing;

/// <summary>Carries out schedule entries whose time has come, as the user who scheduled them.</summary>
public interface IScheduledPublisher
{
    /// <summary>Runs every entry due at <paramref name="nowUtc"/>; returns how many ran.</summary>
    Task<int> RunDueAsync(DateTime nowUtc, CancellationToken cancellationToken = default);
}

internal sealed class ScheduledPublisher(IDbContextFactory<SelfHelpDbContext> contexts, IContentService content, ILogger<ScheduledPublisher> logger)
    : IScheduledPublisher
{
    public async Task<int> RunDueAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        List<ScheduleEntity> due;
        await using (var db = contexts.CreateDbContext())
        {
            due = await db.Schedules.AsNoTracking().Where(s => s.Date <= nowUtc).OrderBy(s => s.Date).ToListAsync(cancellationToken);
        }
        foreach (var entry in due)
        {
            var culture = entry.Culture.Length == 0 ? null : entry.Culture;
            OperationResult result;
            if (entry.Action == ScheduleAction.Publish)
            {
                var item = await content.GetAsync(entry.NodeId, cancellationToken);
                result = item is null
                    ? OperationResult.Fail(OperationStatus.NotFound, "The item no longer exists.")
                    : await content.PublishAsync(item, [culture ?? "*"], entry.UserName, cancellationToken);
            }
            else
            {
                result = await content.UnpublishAsync(entry.NodeId, culture, entry.UserName, cancellationToken);
            }
            if (!result.Succeeded)
            {
                // A failed schedule is dropped, not retried forever; the editor sees why in the log and the item's state.
                logger.LogWarning("Scheduled {Action} of item {NodeId} ({Culture}) failed: {Status} {Message} {Errors}",
                    entry.Action, entry.NodeId, culture ?? "all cultures", result.Status, result.Message,
                    string.Join("; ", result.Errors.Select(e => $"{e.Alias}/{e.Culture}: {e.Message}")));
            }
            await using var db = contexts.CreateDbContext();
            await db.Schedules.Where(s => s.Id == entry.Id).ExecuteDeleteAsync(cancellationToken);
        }
        return due.Count;
    }
}
