using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Audit;

/// <summary>One line of the audit trail: who did what to which item, when.</summary>
public sealed record AuditEntry(long Id, DateTime Date, string UserName, string Action, int? NodeId, string? Culture, string? Comment);

/// <summary>Reads the audit trail; entries are written by the services in the same transaction as the change.</summary>
public interface IAuditService
{
    Task<IReadOnlyList<AuditEntry>> GetForItemAsync(int nodeId, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<AuditEntry>> GetLatestAsync(int take, CancellationToken cancellationToken = default);
}

internal sealed class AuditService(IDbContextFactory<SelfHelpDbContext> contexts) : IAuditService
{
    public async Task<IReadOnlyList<AuditEntry>> GetForItemAsync(int nodeId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.AuditEntries.AsNoTracking().Where(a => a.NodeId == nodeId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return rows.Select(ToEntry).ToList();
    }

    public async Task<IReadOnlyList<AuditEntry>> GetLatestAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Take(take).ToListAsync(cancellationToken);
        return rows.Select(ToEntry).ToList();
    }

    /// <summary>Adds an entry to the unit of work of the change it records, so both land or neither does.</summary>
    internal static void Record(SelfHelpDbContext db, DateTime date, string userName, string action, int? nodeId, string? culture = null, string? comment = null) =>
        db.AuditEntries.Add(new AuditEntity
        {
            Date = date,
            UserName = userName,
            Action = action,
            NodeId = nodeId,
            Culture = string.IsNullOrEmpty(culture) ? null : culture,
            Comment = comment,
        });

    private static AuditEntry ToEntry(AuditEntity a) => new(a.Id, a.Date, a.UserName, a.Action, a.NodeId, a.Culture, a.Comment);
}
