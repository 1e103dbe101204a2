using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Records;

namespace SelfHelp.Core.Tests.Forms;

public sealed class AttentionCountsTests : IAsyncLifetime
{
    private FormsEngine _forms = null!;

    public async Task InitializeAsync() => _forms = await FormsEngine.StartAsync();

    public async Task DisposeAsync() => await _forms.DisposeAsync();

    [Fact]
    public async Task Entries_are_counted_by_form_and_state()
    {
        var groups = (await _forms.FormAsync("listYourGroup")).Key;
        var volunteers = (await _forms.FormAsync("volunteerSignUp")).Key;
        await _forms.SubmitValidAsync("listYourGroup", FormValues.Group());
        var rejected = await _forms.SubmitValidAsync("listYourGroup", FormValues.Group());
        await _forms.SubmitValidAsync("volunteerSignUp", FormValues.Volunteer());
        Assert.True((await _forms.Entries.SetStateAsync(rejected.Id, FormEntryState.Rejected, "moderator")).Succeeded);

        var counts = await _forms.Services.GetRequiredService<IFormEntryCounts>().ByFormAndStateAsync();

        Assert.Equal(1, Assert.Single(counts, c => c.FormKey == groups && c.State == FormEntryState.Submitted).Count);
        Assert.Equal(1, Assert.Single(counts, c => c.FormKey == groups && c.State == FormEntryState.Rejected).Count);
        Assert.Equal(1, Assert.Single(counts, c => c.FormKey == volunteers).Count);
        Assert.Equal(3, counts.Sum(c => c.Count));
    }

    [Fact]
    public async Task A_workshop_appears_with_its_waiting_list_once_someone_waits_for_a_seat()
    {
        var lists = _forms.Services.GetRequiredService<IWorkshopWaitingLists>();
        for (var i = 0; i < FormsEngine.WorkshopCapacity; i++)
        {
            await _forms.SubmitValidAsync("workshopRegistration", FormValues.Registration($"seat{i}@example.com"), page: _forms.Workshop.Key);
        }
        await _forms.Runner.RunDueAsync();
        Assert.Empty(await lists.GetAsync());

        await _forms.SubmitValidAsync("workshopRegistration", FormValues.Registration("waiting@example.com"), page: _forms.Workshop.Key);
        await _forms.Runner.RunDueAsync();

        var list = Assert.Single(await lists.GetAsync());
        Assert.Equal(new WorkshopWaitingList(_forms.Workshop.Key, 1, FormsEngine.WorkshopCapacity), list);
    }
}
