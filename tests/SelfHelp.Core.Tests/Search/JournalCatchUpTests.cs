using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.PropertyEditors;
using SelfHelp.Core.PropertyEditors.TextArea;
using SelfHelp.Core.Search;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Core.Search.Querying;
using SelfHelp.Core.Tests.Testing;
using Umbraco.Cms.Core.Events;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Search;

/// <summary>
/// Derived stores follow the journal from their own position: a subscriber that throws or an index write that fails
/// never fails the write, and every store catches up, also across a restart.
/// </summary>
public sealed class JournalCatchUpTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(2);

    // With the schema's rebuilds still running, the failures can also hit a rebuild part-way (which must then start
    // again and hold no position until done); without them, they hit the story's update.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_throwing_subscriber_and_a_failing_index_write_leave_the_publish_successful_and_every_store_catches_up(bool rebuildsDoneFirst)
    {
        var failures = new IndexingFailures();
        await using var engine = await StartAsync(failures, throwingSubscriberFirst: true);
        var site = await engine.PublishSiteAsync();
        if (rebuildsDoneFirst)
        {
            await engine.Services.GetRequiredService<ISearchIndexRebuilder>().WaitForPendingAsync();
        }
        failures.Remaining = 2;

        var story = await new StoryBuilder(engine, site.Id, "Carers story").Summary("carers meet weekly").PublishAsync();
        var position = engine.Services.GetRequiredService<JournalApplier>().Position.Value;

        Assert.NotNull(engine.Cache.Current.GetByKey(story.Key));
        await engine.Services.GetRequiredService<ISearchIndexRebuilder>().WaitForJournalAsync(position).WaitAsync(Guard);
        Assert.True(engine.Services.GetRequiredService<ThrowingSubscriber>().Calls > 0);
        Assert.Equal(0, failures.Remaining);
        Assert.Equal(1, await CountAsync(engine, "weekly", IndexNames.External));
        Assert.Equal(1, await CountAsync(engine, "weekly", IndexNames.Internal));
    }

    [Fact]
    public async Task After_a_restart_both_indexes_catch_up_from_the_row_they_last_committed()
    {
        var failures = new IndexingFailures();
        var engine = await StartAsync(failures, throwingSubscriberFirst: false);
        var site = await engine.PublishSiteAsync();
        await engine.Services.GetRequiredService<ISearchIndexRebuilder>().WaitForPendingAsync();
        failures.Remaining = int.MaxValue;
        await new StoryBuilder(engine, site.Id, "Carers story").Summary("carers meet weekly").PublishAsync();
        var row = engine.Services.GetRequiredService<JournalApplier>().Position.Value;
        // Every write of the story fails, so both indexes stop (and commit) behind its journal row.
        Assert.All(engine.Services.GetRequiredService<SearchIndexes>().All, i => Assert.True(i.Position.Value < row));

        failures.Remaining = 0;
        await using var restarted = await engine.RestartAsync();
        await restarted.Services.GetRequiredService<ISearchIndexRebuilder>().WaitForJournalAsync(row).WaitAsync(Guard);

        Assert.Equal(1, await CountAsync(restarted, "weekly", IndexNames.External));
        Assert.Equal(1, await CountAsync(restarted, "weekly", IndexNames.Internal));
    }

    private static async Task<TestEngine> StartAsync(IndexingFailures failures, bool throwingSubscriberFirst)
    {
        var engine = await TestEngine.StartAsync(configure: b =>
        {
            b.Services.AddSingleton(failures);
            if (throwingSubscriberFirst)
            {
                b.Services.AddNotificationAsyncHandler<PublishedCacheChanged, ThrowingSubscriber>();
            }
            // The text area editor, with indexing that fails while failures remain.
            b.Services.Remove(b.Services.Single(d => d.ImplementationType == typeof(TextAreaPropertyEditor)));
            b.Services.AddSingleton<IPropertyEditor, FailingTextAreaEditor>();
            b.AddSearch();
        });
        await SearchTestSchema.InstallAsync(engine);
        return engine;
    }

    private static async Task<int> CountAsync(TestEngine engine, string text, string index) =>
        TestEngine.Succeeded(await engine.Services.GetRequiredService<ISearchService>()
            .SearchAsync(new SearchRequest { Text = text, Culture = English, Index = index })).Total;

    /// <summary>How many more index writes of a text area fail.</summary>
    private sealed class IndexingFailures
    {
        private int _remaining;

        public int Remaining
        {
            get => Volatile.Read(ref _remaining);
            set => Volatile.Write(ref _remaining, value);
        }

        public bool TakeOne()
        {
            while (Remaining is > 0 and var remaining)
            {
                if (Interlocked.CompareExchange(ref _remaining, remaining - 1, remaining) == remaining)
                {
                    return true;
                }
            }
            return false;
        }
    }

    private sealed class FailingTextAreaEditor(IndexingFailures failures) : IPropertyEditor
    {
        public string Alias => TextAreaPropertyEditor.EditorAlias;

        public IPropertyValueIndexer IndexValueProvider { get; } = new FailingIndexer(failures, new TextAreaPropertyEditor().IndexValueProvider);
    }

    private sealed class FailingIndexer(IndexingFailures failures, IPropertyValueIndexer inner) : IPropertyValueIndexer
    {
        public void Index(PropertyValue value, IndexDocument document)
        {
            if (failures.TakeOne())
            {
                throw new SimulatedIndexFailure();
            }
            inner.Index(value, document);
        }
    }

    private sealed class SimulatedIndexFailure() : Exception("The index writer failed mid-way (simulated).");

    private sealed class ThrowingSubscriber : INotificationAsyncHandler<PublishedCacheChanged>
    {
        public int Calls { get; private set; }

        public Task HandleAsync(PublishedCacheChanged notification, CancellationToken cancellationToken)
        {
            Calls++;
            throw new InvalidOperationException("A subscriber failed (simulated).");
        }
    }
}
