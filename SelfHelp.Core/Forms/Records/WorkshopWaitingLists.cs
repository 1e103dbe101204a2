using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Forms.Records;

/// <summary>A workshop with people waiting for a seat: how many wait and how many seats are confirmed (no one's details).</summary>
public sealed record WorkshopWaitingList(Guid WorkshopKey, int Waiting, int Confirmed);

/// <summary>The workshops whose registrations have a waiting list, the longest first.</summary>
public interface IWorkshopWaitingLists
{
    Task<IReadOnlyList<WorkshopWaitingList>> GetAsync(CancellationToken cancellationToken = default);
}

internal sealed class WorkshopWaitingLists(IDbContextFactory<SelfHelpDbContext> contexts) : IWorkshopWaitingLists
{
    public async Task<IReadOnlyList<WorkshopWaitingList>> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var counts = await db.WorkshopRegistrations.AsNoTracking()
            .Where(r => r.Status == RegistrationStatus.Waitlisted || r.Status == RegistrationStatus.Confirmed)
            .GroupBy(r => new { r.WorkshopKey, r.Status })
            .Select(g => new { g.Key.WorkshopKey, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.GroupBy(c => c.WorkshopKey)
            .Select(w => new WorkshopWaitingList(w.Key,
                w.Where(c => c.Status == RegistrationStatus.Waitlisted).Sum(c => c.Count),
                w.Where(c => c.Status == RegistrationStatus.Confirmed).Sum(c => c.Count)))
            .Where(w => w.Waiting > 0)
            .OrderByDescending(w => w.Waiting)
            .ToList();
    }
}
