using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.Startup;

namespace SelfHelp.Core.Tests.Forms;

public sealed class FormEntrySearchTests : IAsyncLifetime
{
    private FormsEngine _forms = null!;

    public async Task InitializeAsync() => _forms = await FormsEngine.StartAsync();

    public async Task DisposeAsync() => await _forms.DisposeAsync();

    private async Task<int> FoundAsync(string search) =>
        (await _forms.Entries.ListAsync(new FormEntryQuery((await _forms.FormAsync("volunteerSignUp")).Key, Search: search), new PageRequest(0, 10))).Total;

    [Fact]
    public async Task Search_finds_entries_by_their_answers_but_never_by_a_sensitive_one()
    {
        await _forms.SubmitValidAsync("volunteerSignUp", FormValues.Volunteer());

        Assert.Equal(1, await FoundAsync("Tai Man"));
        Assert.Equal(1, await FoundAsync("tai.man@example.com"));
        // supportNeeds is marked sensitive: staff without sensitive-data access must not learn from a match what it says.
        Assert.Equal(0, await FoundAsync("step-free"));
    }

    [Fact]
    public async Task Search_text_cleared_for_rebuilding_is_rebuilt_at_start_up_without_the_sensitive_answers()
    {
        await _forms.SubmitValidAsync("volunteerSignUp", FormValues.Volunteer());
        await using (var db = _forms.Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContext())
        {
            await db.FormEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.SearchText, ""));
        }
        Assert.Equal(0, await FoundAsync("Tai Man"));

        await _forms.Services.GetServices<IStartupStep>().Single(s => s is PersonalDataIndexStep).RunAsync(CancellationToken.None);

        Assert.Equal(1, await FoundAsync("Tai Man"));
        Assert.Equal(0, await FoundAsync("step-free"));
    }
}
