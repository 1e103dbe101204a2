using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.Dictionary;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.Tests.Testing;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Core.Tests.Journal;

/// <summary>The journal: a row per committed change, in the change's transaction, applied in order on every node, pruned, and a cold boot when rows were missed.</summary>
public sealed class ChangeJournalTests
{
    [SkippableTheory]
    [StorageProviders]
    public async Task Each_committed_change_writes_one_row_in_order_and_the_write_returns_with_it_applied(string provider)
    {
        await using var engine = await TestEngine.StartAsync(provider);
        var journal = engine.Services.GetRequiredService<ChangeJournal>();
        var start = await journal.HeadAsync(default);
        var site = await engine.PublishSiteAsync();
        var page = await engine.SavePageAsync(site.Id, "Groups");
        TestEngine.Succeeded(await engine.Content.MoveToRecycleBinAsync(page.Id));
        await engine.Services.GetRequiredService<IDictionaryService>().SaveAsync(new DictionaryItem { Key = Guid.NewGuid(), ItemKey = "district.wanChai" });

        var rows = await journal.ReadAfterAsync(start, 100, upTo: null, default);

        Assert.Equal([JournalKind.Content, JournalKind.Content, JournalKind.Content, JournalKind.Dictionary], rows.Select(r => r.Kind));
        Assert.Equal(rows.Select(r => r.Id).Order(), rows.Select(r => r.Id));
        Assert.True(rows[0].Subtree, "A publish reaches what is live beneath the item.");
        Assert.True(rows[1].DraftOnly, "A document's save changes only its draft.");
        Assert.Equal([page.Key], rows[2].Keys);
        Assert.All(rows, r => Assert.Equal(ChangeJournal.LocalIdentity, r.Originated));
        Assert.Equal(rows[^1].Id, engine.Services.GetRequiredService<JournalApplier>().Position.Value);
    }

    [SkippableTheory]
    [StorageProviders]
    public async Task A_row_belongs_to_its_transaction_so_a_change_rolled_back_leaves_none(string provider)
    {
        await using var engine = await TestEngine.StartAsync(provider);
        var journal = engine.Services.GetRequiredService<ChangeJournal>();
        var head = await journal.HeadAsync(default);

        await using (var db = engine.Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await journal.AppendAsync(db, JournalEntry.ForKeys(JournalKind.Dictionary, [Guid.NewGuid()]), default);
            await transaction.RollbackAsync();
            await Assert.ThrowsAsync<InvalidOperationException>(() => journal.AppendAsync(db, JournalEntry.ForKeys(JournalKind.Dictionary, []), default));
        }

        Assert.Equal(head, await journal.HeadAsync(default));
    }

    [Fact]
    public async Task Another_nodes_change_is_applied_by_the_sync_loop_at_its_interval()
    {
        await using var engine = await TestEngine.StartAsync();
        var site = await engine.PublishSiteAsync();
        var page = TestEngine.Succeeded(await engine.Content.PublishAsync(await engine.SavePageAsync(site.Id, "Groups"), ["*"]));

        var row = await UnpublishAsAnotherNodeAsync(engine, page);
        engine.Clock.Advance(TimeSpan.FromSeconds(5));
        await engine.Services.GetRequiredService<JournalApplier>().Position.WaitForAsync(row).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(engine.Cache.Current.GetByKey(page.Key));
    }

    [Fact]
    public async Task Rows_older_than_the_retention_are_pruned_but_the_newest_is_kept()
    {
        await using var engine = await TestEngine.StartAsync();
        var journal = engine.Services.GetRequiredService<ChangeJournal>();
        var site = await engine.PublishSiteAsync();
        var kept = TestEngine.Succeeded(await engine.Content.PublishAsync(await engine.SavePageAsync(site.Id, "Groups"), ["*"]));
        var newest = await journal.HeadAsync(default);
        engine.Clock.Advance(TimeSpan.FromDays(3));

        // The sync loop may prune first on this tick; pruning twice is harmless.
        await journal.PruneAsync(engine.Clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(2), default);

        Assert.Equal([newest], (await journal.ReadAfterAsync(0, 100, upTo: null, default)).Select(r => r.Id));
        Assert.NotNull(engine.Cache.Current.GetByKey(kept.Key));
    }

    [Fact]
    public async Task A_node_whose_position_was_pruned_rebuilds_everything_and_says_so()
    {
        var changes = new List<PublishedCacheChanged>();
        await using var engine = await TestEngine.StartAsync(configure: b =>
        {
            b.Services.AddSingleton(changes);
            b.Services.AddNotificationAsyncHandler<PublishedCacheChanged, RecordingHandler>();
        });
        var site = await engine.PublishSiteAsync();
        var page = TestEngine.Succeeded(await engine.Content.PublishAsync(await engine.SavePageAsync(site.Id, "Groups"), ["*"]));
        var missed = await UnpublishAsAnotherNodeAsync(engine, page);
        await AsAnotherNodeAsync(engine, JournalEntry.ForKeys(JournalKind.Dictionary, [Guid.NewGuid()]));
        await using (var db = engine.Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContext())
        {
            await db.Set<JournalEntryEntity>().Where(e => e.Id <= missed).ExecuteDeleteAsync();
        }
        var applier = engine.Services.GetRequiredService<JournalApplier>();

        await applier.ApplyNewRowsAsync();

        Assert.Null(engine.Cache.Current.GetByKey(page.Key));
        Assert.True(changes[^1].FullRefresh);
        Assert.Equal(await engine.Services.GetRequiredService<ChangeJournal>().HeadAsync(default), applier.Position.Value);
    }

    /// <summary>Takes a page offline the way another web node would: straight in storage, with its journal row, without this node's services.</summary>
    private static Task<long> UnpublishAsAnotherNodeAsync(TestEngine engine, ContentItem page) =>
        AsAnotherNodeAsync(engine, JournalEntry.ForNodes(JournalKind.Content, [(page.Id, page.Key)], subtree: true), db =>
            db.Nodes.Where(n => n.Id == page.Id).ExecuteUpdateAsync(s => s
                .SetProperty(n => n.PublishedJson, (string?)null)
                .SetProperty(n => n.PublishedCulturesJson, "{}")));

    private static async Task<long> AsAnotherNodeAsync(TestEngine engine, JournalEntry entry, Func<SelfHelpDbContext, Task>? change = null)
    {
        await using var db = engine.Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (change is not null)
        {
            await change(db);
        }
        var row = await engine.Services.GetRequiredService<ChangeJournal>().AppendAsync(db, entry, default);
        await transaction.CommitAsync();
        return row;
    }

    private sealed class RecordingHandler(List<PublishedCacheChanged> changes) : INotificationAsyncHandler<PublishedCacheChanged>
    {
        public Task HandleAsync(PublishedCacheChanged notification, CancellationToken cancellationToken)
        {
            changes.Add(notification);
            return Task.CompletedTask;
        }
    }
}
