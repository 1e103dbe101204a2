using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.Publishing;
using SelfHelp.Core.Tests.Testing;
using SelfHelp.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Publishing;

public sealed class ScheduledPublishingTests : PublishedSiteTest
{
    private IScheduledPublisher Publisher => Engine.Services.GetRequiredService<IScheduledPublisher>();

    [Fact]
    public async Task A_culture_scheduled_for_release_goes_live_when_its_time_comes_and_not_before()
    {
        var page = await Engine.SavePageAsync(Site.Id, "Embargoed story", "禁發故事");
        var release = Engine.Clock.GetUtcNow().UtcDateTime.AddHours(2);
        TestEngine.Succeeded(await Engine.Content.ScheduleAsync(page.Id, ScheduleAction.Publish, release, Chinese, "editor"));

        Assert.Equal(0, await Publisher.RunDueAsync(release.AddMinutes(-1)));
        Assert.Null(Engine.Cache.Current.GetByKey(page.Key));

        Assert.Equal(1, await Publisher.RunDueAsync(release));
        var live = Engine.Cache.Current.GetByKey(page.Key)!;
        Assert.True(live.IsVisibleIn(Chinese));
        Assert.False(live.IsVisibleIn(English));
        Assert.Empty(await Engine.Content.GetSchedulesAsync(page.Id));
        Assert.Contains(await Engine.Audit.GetForItemAsync(page.Id), a => a is { Action: "Publish", UserName: "editor" });
    }

    [Fact]
    public async Task A_scheduled_unpublish_takes_the_item_offline()
    {
        var page = TestEngine.Succeeded(await Engine.Content.PublishAsync(await Engine.SavePageAsync(Site.Id, "Workshop"), [English]));
        var end = Engine.Clock.GetUtcNow().UtcDateTime.AddDays(1);
        TestEngine.Succeeded(await Engine.Content.ScheduleAsync(page.Id, ScheduleAction.Unpublish, end));

        await Publisher.RunDueAsync(end.AddSeconds(1));

        Assert.Null(Engine.Cache.Current.GetByKey(page.Key));
    }

    [Fact]
    public async Task A_schedule_in_the_past_is_refused()
    {
        var page = await Engine.SavePageAsync(Site.Id, "Workshop");

        var result = await Engine.Content.ScheduleAsync(page.Id, ScheduleAction.Publish, Engine.Clock.GetUtcNow().UtcDateTime.AddMinutes(-5));

        Assert.Equal(OperationStatus.NotAllowed, result.Status);
    }

    [Fact]
    public async Task A_scheduled_publish_that_fails_validation_is_dropped_and_leaves_the_item_offline()
    {
        var page = await Engine.Content.CreateAsync("Incomplete", Site.Id, "page", English);
        TestEngine.Succeeded(await Engine.Content.SaveAsync(page));
        var release = Engine.Clock.GetUtcNow().UtcDateTime.AddHours(1);
        await Engine.Content.ScheduleAsync(page.Id, ScheduleAction.Publish, release);

        Assert.Equal(1, await Publisher.RunDueAsync(release));

        Assert.Null(Engine.Cache.Current.GetByKey(page.Key));
        Assert.Empty(await Engine.Content.GetSchedulesAsync(page.Id));
    }

    [Fact]
    public async Task The_background_service_runs_due_schedules_as_the_clock_advances()
    {
        var runs = new Observations<(DateTime Now, int Ran)>();
        await using var engine = await TestEngine.StartAsync(configure: builder =>
            builder.Services.Decorate<IScheduledPublisher>((inner, _) => new ObservedScheduledPublisher(inner, runs)));
        var site = await engine.PublishSiteAsync();
        var page = await engine.SavePageAsync(site.Id, "Timed");
        var start = engine.Clock.GetUtcNow().UtcDateTime;
        TestEngine.Succeeded(await engine.Content.ScheduleAsync(page.Id, ScheduleAction.Publish, start.AddMinutes(3)));

        engine.Clock.Advance(TimeSpan.FromMinutes(2));
        var early = await runs.WaitForAsync(r => r.Now >= start.AddMinutes(2));
        Assert.Equal(0, early.Ran);
        Assert.Null(engine.Cache.Current.GetByKey(page.Key));

        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        var due = await runs.WaitForAsync(r => r.Now >= start.AddMinutes(3));
        Assert.Equal(1, due.Ran);
        Assert.NotNull(engine.Cache.Current.GetByKey(page.Key));
    }

    /// <summary>The engine's publisher, reporting each run the background service makes and how many entries it ran.</summary>
    private sealed class ObservedScheduledPublisher(IScheduledPublisher inner, Observations<(DateTime Now, int Ran)> runs) : IScheduledPublisher
    {
        public async Task<int> RunDueAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
        {
            var ran = await inner.RunDueAsync(nowUtc, cancellationToken);
            runs.Add((nowUtc, ran));
            return ran;
        }
    }
}
