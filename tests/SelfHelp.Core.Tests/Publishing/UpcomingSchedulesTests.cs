using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Publishing;
using SelfHelp.Core.Tests.Testing;
using SelfHelp.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Publishing;

public sealed class UpcomingSchedulesTests : PublishedSiteTest
{
    [Fact]
    public async Task Schedules_due_in_the_window_are_listed_soonest_first_with_their_culture_and_later_ones_are_left_out()
    {
        var now = Engine.Clock.GetUtcNow().UtcDateTime;
        var story = await Engine.SavePageAsync(Site.Id, "Embargoed story", "禁發故事");
        var workshop = TestEngine.Succeeded(await Engine.Content.PublishAsync(await Engine.SavePageAsync(Site.Id, "Workshop"), [English]));
        TestEngine.Succeeded(await Engine.Content.ScheduleAsync(story.Id, ScheduleAction.Publish, now.AddDays(2), Chinese, "editor"));
        TestEngine.Succeeded(await Engine.Content.ScheduleAsync(workshop.Id, ScheduleAction.Unpublish, now.AddHours(3)));
        TestEngine.Succeeded(await Engine.Content.ScheduleAsync(story.Id, ScheduleAction.Publish, now.AddDays(9), English, "editor"));

        var upcoming = await Engine.Services.GetRequiredService<IUpcomingSchedules>().BetweenAsync(now, now.AddDays(7));

        Assert.Equal([(workshop.Id, ScheduleAction.Unpublish, (string?)null), (story.Id, ScheduleAction.Publish, Chinese)],
            upcoming.Select(s => (s.NodeId, s.Action, s.Culture)));
    }
}
