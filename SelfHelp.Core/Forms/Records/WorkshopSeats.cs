using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Forms.Records;

/// <summary>
/// Gives a registration a seat or a place on the waiting list. The seat is taken with one conditional update
/// (<c>Confirmed = Confirmed + 1 WHERE Confirmed &lt; Capacity</c>) in the transaction that stores the registration, so
/// two people can never take the last seat, on SQLite (one writer at a time) and on PostgreSQL (row lock, condition re-read).
/// </summary>
internal sealed class WorkshopSeats(IDbContextFactory<SelfHelpDbContext> contexts)
{
    /// <summary>Stores the registration once (a retried workflow finds the first) and returns its status.</summary>
    public async Task<RegistrationStatus> RegisterAsync(WorkshopRegistrationEntity registration, int? capacity, CancellationToken cancellationToken)
    {
        await EnsureSeatRowAsync(registration.WorkshopKey, capacity, cancellationToken);
        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.WorkshopRegistrations.Where(r => r.EntryId == registration.EntryId).Select(r => (RegistrationStatus?)r.Status).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            return existing;
        }
        if (capacity is { } limit)
        {
            await db.WorkshopSeats.Where(s => s.WorkshopKey == registration.WorkshopKey && s.Capacity != limit)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Capacity, limit), cancellationToken);
        }
        var taken = capacity is null
            ? 1
            : await db.WorkshopSeats.Where(s => s.WorkshopKey == registration.WorkshopKey && s.Confirmed < s.Capacity)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Confirmed, x => x.Confirmed + 1), cancellationToken);
        registration.Status = taken == 1 ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted;
        db.WorkshopRegistrations.Add(registration);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return registration.Status;
    }

    /// <summary>Gives the confirmed seats of registrations about to be deleted back to their workshops (in the caller's transaction).</summary>
    public static async Task GiveBackAsync(SelfHelpDbContext db, IQueryable<WorkshopRegistrationEntity> leaving, CancellationToken cancellationToken)
    {
        foreach (var seat in await leaving.Where(r => r.Status == RegistrationStatus.Confirmed)
                     .GroupBy(r => r.WorkshopKey).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
        {
            await db.WorkshopSeats.Where(s => s.WorkshopKey == seat.Key)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Confirmed, x => x.Confirmed - seat.Count), cancellationToken);
        }
    }

    private async Task EnsureSeatRowAsync(Guid workshopKey, int? capacity, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (await db.WorkshopSeats.AnyAsync(s => s.WorkshopKey == workshopKey, cancellationToken))
        {
            return;
        }
        db.WorkshopSeats.Add(new WorkshopSeatEntity { WorkshopKey = workshopKey, Capacity = capacity ?? 0, Confirmed = 0 });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another registration created the row at the same moment; it is there either way.
        }
    }
}
