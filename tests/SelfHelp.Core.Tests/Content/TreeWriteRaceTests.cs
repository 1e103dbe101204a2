using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using SelfHelp.Core.Content;
using SelfHelp.Core.Content.Nodes;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.Tests.Testing;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Core.Tests.Content;

/// <summary>
/// Tree writes that race each other, in one engine and from two engines on one database (as two processes would),
/// held at the moment that hurts by <see cref="TreeWriteGate"/>: after each has read and checked what it saw, before
/// it writes. Whatever the order, the tree must stay whole: every path its parent's plus its own id, no cycle.
/// </summary>
public sealed class TreeWriteRaceTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [SkippableTheory]
    [StorageProviders]
    public Task Two_moves_that_would_make_a_cycle_let_exactly_one_through(string provider) =>
        CycleAsync(provider, twoEngines: false);

    [SkippableTheory]
    [StorageProviders]
    public Task Two_moves_that_would_make_a_cycle_from_two_engines_on_one_database_let_exactly_one_through(string provider) =>
        CycleAsync(provider, twoEngines: true);

    [SkippableTheory]
    [StorageProviders]
    public Task A_move_beneath_an_item_trashed_meanwhile_is_refused(string provider) =>
        MoveRacingTrashAsync(provider, twoEngines: false);

    [SkippableTheory]
    [StorageProviders]
    public Task A_move_beneath_an_item_trashed_meanwhile_by_another_engine_is_refused(string provider) =>
        MoveRacingTrashAsync(provider, twoEngines: true);

    [SkippableTheory]
    [StorageProviders]
    public async Task Deleting_takes_what_was_moved_beneath_the_item_meanwhile(string provider)
    {
        var gate = new TreeWriteGate();
        await using var engine = await TestEngine.StartAsync(provider, gate.Register);
        var site = await engine.PublishSiteAsync();
        var doomed = await engine.SavePageAsync(site.Id, "Doomed");
        var child = await engine.SavePageAsync(site.Id, "Child");
        gate.DeletingWaitsForMoved();

        var delete = Task.Run(() => engine.Content.DeleteAsync(doomed.Id));
        await gate.Deleting.Task.WaitAsync(Guard);
        TestEngine.Succeeded(await engine.Content.MoveAsync(child.Id, doomed.Id));
        TestEngine.Succeeded(await delete.WaitAsync(Guard));

        Assert.Null(await engine.Content.GetAsync(child.Id));
        await AssertTreeIsWholeAsync(engine);
    }

    [SkippableTheory]
    [StorageProviders]
    public async Task While_a_node_write_runs_no_other_connection_can_start_one(string provider)
    {
        await using var engine = await TestEngine.StartAsync(provider);
        var writes = engine.Services.GetRequiredService<NodeWriteLock>();

        var otherCouldWrite = await writes.RunAsync(async db =>
        {
            var connectionString = db.Database.GetConnectionString()!;
            return provider == DatabaseOptions.SqliteProvider
                ? OtherSqliteConnectionCanWrite(connectionString)
                : await OtherPostgreSqlConnectionCanTakeTheLockAsync(connectionString);
        }, CancellationToken.None);

        Assert.False(otherCouldWrite);
        var free = await writes.RunAsync(_ => Task.FromResult(true), CancellationToken.None);
        Assert.True(free);
    }

    /// <summary>A moves beneath B while B moves beneath A, both checked before either writes.</summary>
    private static async Task CycleAsync(string provider, bool twoEngines)
    {
        var gate = new TreeWriteGate();
        await using var engine = await TestEngine.StartAsync(provider, gate.Register);
        await using var peer = twoEngines ? await engine.StartPeerAsync(gate.Register) : null;
        var site = await engine.PublishSiteAsync();
        var a = await engine.SavePageAsync(site.Id, "A");
        var b = await engine.SavePageAsync(site.Id, "B");
        var beneathA = await engine.SavePageAsync(a.Id, "Beneath A");
        gate.MovesWaitForEachOther(2);

        var results = await Task.WhenAll(
            Task.Run(() => engine.Content.MoveAsync(a.Id, b.Id)),
            Task.Run(() => (peer ?? engine).Content.MoveAsync(b.Id, beneathA.Id))).WaitAsync(Guard);

        Assert.Single(results, r => r.Succeeded);
        Assert.Single(results, r => r.Status == OperationStatus.NotAllowed);
        await AssertTreeIsWholeAsync(engine);
    }

    /// <summary>A page is checked and about to move beneath a parent that is trashed before the move writes.</summary>
    private static async Task MoveRacingTrashAsync(string provider, bool twoEngines)
    {
        var gate = new TreeWriteGate();
        await using var engine = await TestEngine.StartAsync(provider, gate.Register);
        await using var peer = twoEngines ? await engine.StartPeerAsync(gate.Register) : null;
        var site = await engine.PublishSiteAsync();
        var parent = await engine.SavePageAsync(site.Id, "Parent");
        var page = await engine.SavePageAsync(site.Id, "Page");
        gate.MoveWaitsForTrash();

        var move = Task.Run(() => engine.Content.MoveAsync(page.Id, parent.Id));
        await gate.Moving.Task.WaitAsync(Guard);
        TestEngine.Succeeded(await (peer ?? engine).Content.MoveToRecycleBinAsync(parent.Id));
        var moved = await move.WaitAsync(Guard);

        Assert.Equal(OperationStatus.NotAllowed, moved.Status);
        Assert.Equal(site.Id, (await engine.Content.GetAsync(page.Id))!.ParentId);
        await AssertTreeIsWholeAsync(engine);
    }

    /// <summary>Every stored node hangs from the root or a recycle bin through parents that exist, with path, level and bin state to match.</summary>
    private static async Task AssertTreeIsWholeAsync(TestEngine engine)
    {
        await using var db = engine.Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContext();
        var rows = await db.Nodes.AsNoTracking().ToDictionaryAsync(n => n.Id);
        foreach (var node in rows.Values)
        {
            var (parentPath, parentLevel, parentTrashed) = node.ParentId switch
            {
                ContentItem.RootId => ("-1", 0, false),
                ContentItem.RecycleBinId or ContentItem.MediaRecycleBinId => ($"-1,{node.ParentId}", 1, true),
                _ => rows.TryGetValue(node.ParentId, out var parent)
                    ? (parent.Path, parent.Level, parent.Trashed)
                    : throw new Xunit.Sdk.XunitException($"Node {node.Id} hangs from {node.ParentId}, which does not exist."),
            };
            Assert.Equal($"{parentPath},{node.Id}", node.Path);
            Assert.Equal(parentLevel + 1, node.Level);
            Assert.Equal(parentTrashed, node.Trashed);
        }
    }

    private static bool OtherSqliteConnectionCanWrite(string connectionString)
    {
        // Another process's view of the file: its own connection, not this process's shared cache.
        using var other = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Cache = SqliteCacheMode.Private, DefaultTimeout = 1 }.ToString());
        other.Open();
        using var begin = other.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        try
        {
            begin.ExecuteNonQuery();
            using var rollback = other.CreateCommand();
            rollback.CommandText = "ROLLBACK;";
            rollback.ExecuteNonQuery();
            return true;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 5) // SQLITE_BUSY: the write lock is held
        {
            return false;
        }
    }

    private static async Task<bool> OtherPostgreSqlConnectionCanTakeTheLockAsync(string connectionString)
    {
        await using var other = new NpgsqlConnection(connectionString);
        await other.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({NodeWriteLock.PostgreSqlLockKey})", other);
        var taken = (bool)(await command.ExecuteScalarAsync())!;
        if (taken)
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({NodeWriteLock.PostgreSqlLockKey})", other);
            await release.ExecuteScalarAsync();
        }
        return taken;
    }
}

/// <summary>
/// Holds tree writes between their checks and their writes, through the cancelable notifications every tree
/// operation raises after reading and before writing. One instance may serve two engines.
/// </summary>
public sealed class TreeWriteGate :
    INotificationAsyncHandler<ContentMovingNotification>,
    INotificationAsyncHandler<ContentMovedNotification>,
    INotificationAsyncHandler<ContentMovedToRecycleBinNotification>,
    INotificationAsyncHandler<ContentDeletingNotification>
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);
    private Func<Task>? _onMoving;
    private Func<Task>? _onDeleting;
    private int _moving;

    /// <summary>Set when a held move reached the gate.</summary>
    public TaskCompletionSource Moving { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when a held delete reached the gate.</summary>
    public TaskCompletionSource Deleting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TaskCompletionSource Moved { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource Trashed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Register(IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(this);
        builder.Services.AddNotificationAsyncHandler<ContentMovingNotification, TreeWriteGate>();
        builder.Services.AddNotificationAsyncHandler<ContentMovedNotification, TreeWriteGate>();
        builder.Services.AddNotificationAsyncHandler<ContentMovedToRecycleBinNotification, TreeWriteGate>();
        builder.Services.AddNotificationAsyncHandler<ContentDeletingNotification, TreeWriteGate>();
    }

    /// <summary>Each of the next <paramref name="moves"/> moves waits until all of them have checked their placement.</summary>
    public void MovesWaitForEachOther(int moves)
    {
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _onMoving = () =>
        {
            if (Interlocked.Increment(ref _moving) == moves)
            {
                all.SetResult();
            }
            return all.Task.WaitAsync(Guard);
        };
    }

    /// <summary>The next move, once checked, waits until an item has gone to the recycle bin.</summary>
    public void MoveWaitsForTrash() => _onMoving = () =>
    {
        Moving.TrySetResult();
        return Trashed.Task.WaitAsync(Guard);
    };

    /// <summary>The next delete, once it has read what to delete, waits until a move has been written.</summary>
    public void DeletingWaitsForMoved() => _onDeleting = () =>
    {
        _onDeleting = null;
        Deleting.TrySetResult();
        return Moved.Task.WaitAsync(Guard);
    };

    public Task HandleAsync(ContentMovingNotification notification, CancellationToken cancellationToken) =>
        _onMoving?.Invoke() ?? Task.CompletedTask;

    public Task HandleAsync(ContentMovedNotification notification, CancellationToken cancellationToken)
    {
        Moved.TrySetResult();
        return Task.CompletedTask;
    }

    public Task HandleAsync(ContentMovedToRecycleBinNotification notification, CancellationToken cancellationToken)
    {
        Trashed.TrySetResult();
        return Task.CompletedTask;
    }

    public Task HandleAsync(ContentDeletingNotification notification, CancellationToken cancellationToken) =>
        _onDeleting?.Invoke() ?? Task.CompletedTask;
}
