using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.Publishing;
using SelfHelp.Core.Tests.Testing;
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
        var page = await Engine.SavePageAsync(Site.Id, "Timed");
        await Engine.Content.ScheduleAsync(page.Id, ScheduleAction.Publish, Engine.Clock.GetUtcNow().UtcDateTime.AddMinutes(3));

        for (var minute = 0; minute < 5 && Engine.Cache.Current.GetByKey(page.Key) is null; minute++)
        {
            Engine.Clock.Advance(TimeSpan.FromMinutes(1));
            await WaitUntilAsync(() => Engine.Cache.Current.GetByKey(page.Key) is not null, TimeSpan.FromMilliseconds(500));
        }

        Assert.NotNull(Engine.Cache.Current.GetByKey(page.Key));
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }
}
