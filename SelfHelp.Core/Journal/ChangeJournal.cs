using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Journal;

/// <summary>
/// The durable change journal: appended to inside the transaction of every committed change, read in id order by
/// each node's <see cref="JournalApplier"/>, pruned when old.
/// </summary>
internal sealed class ChangeJournal(IDbContextFactory<SelfHelpDbContext> contexts, TimeProvider clock)
{
    // Any constant shared by every node: the advisory lock that serialises appends on PostgreSQL.
    private const long AppendLockKey = 0x5348_4A4F_5552_4E4C;

    /// <summary>This node, as written in <see cref="JournalEntry.Originated"/> (Umbraco's machine name and app id).</summary>
    public static string LocalIdentity { get; } =
        $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// Appends a row in the caller's open transaction and returns its id. On PostgreSQL concurrent transactions can
    /// commit identity values out of order, so appends take a transaction-scoped advisory lock first: a reader that
    /// sees row N has then seen every row before it. SQLite has one writer, which orders them already.
    /// </summary>
    public async Task<long> AppendAsync(SelfHelpDbContext db, JournalEntry entry, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A journal row is written in the transaction of the change it records.");
        }
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AppendLockKey})", cancellationToken);
        }
        var row = new JournalEntryEntity
        {
            UtcStamp = clock.GetUtcNow().UtcDateTime,
            Kind = entry.Kind,
            Ids = string.Join(',', entry.Ids.Select(i => i.ToString(CultureInfo.InvariantCulture))),
            Keys = string.Join(',', entry.Keys.Select(k => k.ToString("D"))),
            Subtree = entry.Subtree,
            DraftOnly = entry.DraftOnly,
            RefreshAll = entry.RefreshAll,
            Originated = LocalIdentity,
        };
        db.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row.Id;
    }

    /// <summary>The newest row's id, or 0 when the journal is empty.</summary>
    public async Task<long> HeadAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Set<JournalEntryEntity>().MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
    }

    /// <summary>
    /// True when rows after <paramref name="position"/> may have been pruned: the oldest row left lies beyond the next
    /// id. (An id lost to a rolled-back transaction can make this true once too often; that costs a rebuild, never a miss.)
    /// </summary>
    public async Task<bool> MissedRowsAfterAsync(long position, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var oldest = await db.Set<JournalEntryEntity>().MinAsync(e => (long?)e.Id, cancellationToken);
        return oldest > position + 1;
    }

    /// <summary>Rows after <paramref name="position"/> (up to <paramref name="upTo"/> when given), oldest first.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ReadAfterAsync(long position, int max, long? upTo, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = db.Set<JournalEntryEntity>().AsNoTracking().Where(e => e.Id > position);
        if (upTo is { } last)
        {
            rows = rows.Where(e => e.Id <= last);
        }
        var read = await rows.OrderBy(e => e.Id).Take(max).ToListAsync(cancellationToken);
        return read.Select(ToEntry).ToList();
    }

    /// <summary>Deletes rows stamped before <paramref name="before"/>, always keeping the newest (nodes compare positions with it).</summary>
    public async Task<int> PruneAsync(DateTime before, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var newest = await db.Set<JournalEntryEntity>().MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        return await db.Set<JournalEntryEntity>().Where(e => e.UtcStamp < before && e.Id < newest).ExecuteDeleteAsync(cancellationToken);
    }

    private static JournalEntry ToEntry(JournalEntryEntity row) => new(
        row.Id,
        row.UtcStamp,
        row.Kind,
        row.Ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(i => int.Parse(i, CultureInfo.InvariantCulture)).ToList(),
        row.Keys.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList(),
        row.Subtree,
        row.DraftOnly,
        row.RefreshAll,
        row.Originated);
}
