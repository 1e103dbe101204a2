using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Records;
using SelfHelp.Core.Forms.Retention;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.Tests.Testing;
using SelfHelp.Testing;

namespace SelfHelp.Core.Tests.Forms;

public sealed class FormEntryStorageTests
{
    [SkippableTheory]
    [StorageProviders]
    public async Task Every_entry_accepted_during_a_burst_of_concurrent_posts_is_stored(string provider)
    {
        await using var forms = await FormsEngine.StartAsync(provider: provider);

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(() => forms.SubmitAsync("volunteerSignUp", FormValues.Volunteer(email: $"v{i}@example.com")))));

        Assert.All(results, r => Assert.Equal(FormSubmitStatus.Accepted, r.Status));
        Assert.Equal(40, await forms.EntryCountAsync());
        foreach (var result in results)
        {
            Assert.NotNull(await forms.Entries.GetAsync(result.EntryId!.Value));
        }
    }

    [SkippableTheory]
    [StorageProviders]
    public async Task Two_people_never_take_the_last_seat_of_a_workshop_even_at_the_same_moment(string provider)
    {
        await using var forms = await FormsEngine.StartAsync(provider: provider);
        var entries = new List<FormEntry>();
        for (var i = 0; i < 8; i++)
        {
            entries.Add(await forms.SubmitValidAsync("workshopRegistration", FormValues.Registration($"r{i}@example.com"), page: forms.Workshop.Key));
        }
        var seats = forms.Services.GetRequiredService<WorkshopSeats>();

        var statuses = await Task.WhenAll(entries.Select(e => Task.Run(() => seats.RegisterAsync(new WorkshopRegistrationEntity
        {
            Id = Guid.NewGuid(), EntryId = e.Id, WorkshopKey = forms.Workshop.Key, Name = "Ho Wing", Email = e.Values["email"][0], Culture = "en-US",
        }, FormsEngine.WorkshopCapacity, CancellationToken.None))));

        Assert.Equal(FormsEngine.WorkshopCapacity, statuses.Count(s => s == RegistrationStatus.Confirmed));
        Assert.Equal(8 - FormsEngine.WorkshopCapacity, statuses.Count(s => s == RegistrationStatus.Waitlisted));
        var stored = (await forms.Records.GetRegistrationsAsync(forms.Workshop.Key)).Items;
        Assert.Equal(FormsEngine.WorkshopCapacity, stored.Count(r => r.Status == RegistrationStatus.Confirmed));
    }

    [Fact]
    public async Task Entries_past_their_states_retention_period_are_deleted_with_their_files_and_others_are_kept()
    {
        await using var forms = await FormsEngine.StartAsync(new Dictionary<string, string?>
        {
            ["Umbraco:Forms:Options:DaysToRetainApprovedRecordsFor"] = "30",
            ["Umbraco:Forms:Options:DaysToRetainRejectedRecordsFor"] = "7",
        });
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        var approved = await forms.SubmitValidAsync("shareYourStory", FormValues.Story(),
            files: new Dictionary<string, SelfHelp.Core.Forms.Validation.UploadedFile[]> { ["photo"] = [new("p.png", png)] });
        var rejected = await forms.SubmitValidAsync("listYourGroup", FormValues.Group());
        var waiting = await forms.SubmitValidAsync("listYourGroup", FormValues.Group());
        Assert.True((await forms.Entries.SetStateAsync(rejected.Id, FormEntryState.Rejected, "moderator")).Succeeded);
        var retention = forms.Services.GetRequiredService<IFormRetention>();

        forms.Engine.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(1, await retention.DeleteExpiredAsync());
        forms.Engine.Clock.Advance(TimeSpan.FromDays(23));
        Assert.Equal(1, await retention.DeleteExpiredAsync());

        Assert.Null(await forms.Entries.GetAsync(rejected.Id));
        Assert.Null(await forms.Entries.GetAsync(approved.Id));
        Assert.NotNull(await forms.Entries.GetAsync(waiting.Id));
        Assert.Empty(Directory.GetFiles(Path.Combine(forms.Engine.Folder, "App_Data", "forms-uploads"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task The_scheduled_deletion_job_runs_at_its_first_run_time_and_then_every_period()
    {
        var runs = new Observations<(DateTime Now, int Deleted)>();
        await using var forms = await FormsEngine.StartAsync(new Dictionary<string, string?>
        {
            ["Umbraco:Forms:Options:DaysToRetainApprovedRecordsFor"] = "1",
            ["Umbraco:Forms:Options:ScheduledRecordDeletion:Enabled"] = "true",
            ["Umbraco:Forms:Options:ScheduledRecordDeletion:FirstRunTime"] = "10:00",
        }, services: services => services.Decorate<IFormRetention>((inner, provider) => new ObservedFormRetention(inner, provider.GetRequiredService<TimeProvider>(), runs)));
        var entry = await forms.SubmitValidAsync("volunteerSignUp", FormValues.Volunteer());
        await forms.Runner.RunDueAsync();
        var start = forms.Engine.Clock.GetUtcNow().UtcDateTime;

        forms.Engine.Clock.Advance(TimeSpan.FromHours(1));
        var first = await runs.WaitForAsync(_ => true);
        Assert.Equal((start.AddHours(1), 0), first);
        Assert.NotNull(await forms.Entries.GetAsync(entry.Id));

        forms.Engine.Clock.Advance(TimeSpan.FromDays(1));
        var second = await runs.WaitForAsync(r => r.Now > first.Now);
        Assert.Equal((start.AddHours(25), 1), second);
        Assert.Null(await forms.Entries.GetAsync(entry.Id));
        Assert.Single((await forms.Records.GetVolunteersAsync()).Items);
    }

    [Fact]
    public async Task Erasing_a_person_removes_their_entries_and_records_and_exporting_finds_them_first()
    {
        await using var forms = await FormsEngine.StartAsync();
        await forms.SubmitValidAsync("volunteerSignUp", FormValues.Volunteer());
        await forms.SubmitValidAsync("contactGroup", FormValues.Contact("Hello"), page: forms.Group.Key);
        await forms.Runner.RunDueAsync();
        var people = forms.Services.GetRequiredService<IPersonalDataService>();

        var export = await people.ExportAsync(PersonalDataSubject.ByEmail("TAI.MAN@example.com"));
        var erased = await people.EraseAsync(PersonalDataSubject.ByEmail("tai.man@example.com"), "dpo@selfhelp.example");

        Assert.Single(export.Entries);
        Assert.Single(export.Volunteers);
        Assert.Equal(1, erased);
        Assert.Empty((await forms.Records.GetVolunteersAsync()).Items);
        Assert.Single((await forms.Records.GetRelayedMessagesAsync()).Items);
        Assert.Equal(1, await forms.EntryCountAsync());
    }

    /// <summary>The engine's retention, reporting each run of the scheduled deletion job: when it ran and how many entries it deleted.</summary>
    private sealed class ObservedFormRetention(IFormRetention inner, TimeProvider clock, Observations<(DateTime Now, int Deleted)> runs) : IFormRetention
    {
        public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var deleted = await inner.DeleteExpiredAsync(cancellationToken);
            runs.Add((now, deleted));
            return deleted;
        }
    }
}
