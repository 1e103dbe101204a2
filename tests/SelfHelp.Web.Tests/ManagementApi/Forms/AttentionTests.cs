using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Core.Forms.Workflows;
using SelfHelp.Core.Publishing;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.ManagementApi.Forms;

public sealed class AttentionTests(FormsSectionHost host) : IClassFixture<FormsSectionHost>
{
    private const string Attention = "/umbraco/management/api/v1/selfhelp-dashboard/attention";

    [Fact]
    public async Task A_writer_sees_new_entries_waiting_lists_and_this_weeks_schedules_without_anyones_details()
    {
        await host.SubmitAsync("listYourGroup", FormsSectionHost.GroupListing("Attention Parents"));
        // The workshop has one seat: the second registration waits.
        await host.SubmitAsync("workshopRegistration", FormsSectionHost.Registration("first-seat@example.com"), host.Workshop.Key);
        await host.SubmitAsync("workshopRegistration", FormsSectionHost.Registration("waiting-seat@example.com"), host.Workshop.Key);
        await host.Services.GetRequiredService<IFormWorkflowRunner>().RunDueAsync();
        var now = DateTime.UtcNow;
        var soon = await new PageBuilder(host.Content, "workshop", host.Workshop.ParentId, "Soon workshop", "即將舉行的工作坊").With("title", "Soon", "即將").SaveAsync();
        var later = await new PageBuilder(host.Content, "workshop", host.Workshop.ParentId, "Later workshop", "稍後的工作坊").With("title", "Later", "稍後").SaveAsync();
        Assert.True((await host.Content.ScheduleAsync(soon.Id, ScheduleAction.Publish, now.AddDays(2), "zh-HK", "editor")).Succeeded);
        Assert.True((await host.Content.ScheduleAsync(later.Id, ScheduleAction.Publish, now.AddDays(9), "en-US", "editor")).Succeeded);
        var writer = await host.StaffClientAsync($"writer-{Guid.NewGuid():N}@selfhelp.example", BackOfficeUserGroups.Writer);

        var answer = await writer.GetStringAsync(Attention);

        var attention = JsonDocument.Parse(answer).RootElement;
        Assert.Contains(attention.GetProperty("newEntries").EnumerateArray(), f => f.GetProperty("name").GetString() == "listYourGroup" && f.GetProperty("count").GetInt32() >= 1);
        var waiting = Assert.Single(attention.GetProperty("waitingLists").EnumerateArray());
        Assert.Equal(host.Workshop.Key, waiting.GetProperty("id").GetGuid());
        Assert.Equal((1, 1), (waiting.GetProperty("waiting").GetInt32(), waiting.GetProperty("confirmed").GetInt32()));
        var scheduled = Assert.Single(attention.GetProperty("scheduled").EnumerateArray());
        Assert.Equal(soon.Key, scheduled.GetProperty("id").GetGuid());
        Assert.Equal(("即將舉行的工作坊", "zh-HK", "Publish"),
            (scheduled.GetProperty("name").GetString(), scheduled.GetProperty("culture").GetString(), scheduled.GetProperty("action").GetString()));
        Assert.DoesNotContain("waiting-seat@example.com", answer);
        Assert.DoesNotContain("Attention Parents", answer);
    }
}
