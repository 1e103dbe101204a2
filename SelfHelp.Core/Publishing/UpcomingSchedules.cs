using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Content;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Publishing;

/// <summary>Every pending scheduled publish or unpublish due in a window, soonest first, across the whole tree.</summary>
public interface IUpcomingSchedules
{
    Task<IReadOnlyList<ContentSchedule>> BetweenAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);
}

internal sealed class UpcomingSchedules(IDbContextFactory<SelfHelpDbContext> contexts) : IUpcomingSchedules
{
    public async Task<IReadOnlyList<ContentSchedule>> BetweenAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.Schedules.AsNoTracking()
            .Where(s => s.Date >= fromUtc && s.Date < toUtc)
            .OrderBy(s => s.Date).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(s => new ContentSchedule(s.Id, s.NodeId, s.Culture == "" ? null : s.Culture, s.Action, s.Date)).ToList();
    }
}
