using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Content.Nodes;

/// <summary>
/// The one way into a write of documents or media: one transaction that holds the tree's write lock in the database
/// from before its first read until it commits, so what it checks and the paths it writes come from state no other
/// writer, in this process or another, can change meanwhile.
/// </summary>
internal sealed class NodeWriteLock(IDbContextFactory<SelfHelpDbContext> contexts)
{
    /// <summary>The PostgreSQL advisory lock every process takes for a node write (any fixed number would do; every process must use the same).</summary>
    internal const long PostgreSqlLockKey = 0x5348_4E6F_6465; // "SHNode"

    // Callers in this process queue here rather than on the database, whose busy waits poll.
    private readonly SemaphoreSlim _inProcess = new(1, 1);

    public async Task<T> RunAsync<T>(Func<SelfHelpDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        await _inProcess.WaitAsync(cancellationToken);
        try
        {
            await using var db = contexts.CreateDbContext();
            await using var transaction = await BeginAsync(db, cancellationToken);
            var result = await work(db);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            _inProcess.Release();
        }
    }

    public Task RunAsync(Func<SelfHelpDbContext, Task> work, CancellationToken cancellationToken) =>
        RunAsync(async db =>
        {
            await work(db);
            return true;
        }, cancellationToken);

    private static async Task<IDbContextTransaction> BeginAsync(SelfHelpDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Held until commit or rollback; under READ COMMITTED every read after it sees the previous holder's commit.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgreSqlLockKey})", cancellationToken);
            return transaction;
        }
        // Microsoft.Data.Sqlite begins a serializable transaction that is not deferred with BEGIN IMMEDIATE: the
        // database's one write lock is taken now, before the first read, not when the first write upgrades it.
        return await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
    }
}
