using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Files;
using SelfHelp.Core.Forms.Retention;
using SelfHelp.Core.Forms.Validation;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.Tests.Testing;

namespace SelfHelp.Core.Tests.Forms;

public sealed class RecordRetentionTests
{
    [Fact]
    public async Task Each_kind_of_private_record_is_deleted_after_its_own_period_and_seats_are_given_back()
    {
        await using var forms = await FormsEngine.StartAsync(new Dictionary<string, string?>
        {
            ["SelfHelp:Forms:Retention:RelayedMessageDays"] = "7",
            ["SelfHelp:Forms:Retention:VolunteerDays"] = "30",
            ["SelfHelp:Forms:Retention:SupportRequestDays"] = "60",
            ["SelfHelp:Forms:Retention:RegistrationDaysAfterWorkshop"] = "10",
        });
        var workshop = forms.Workshop;
        workshop.SetValue("startsAt", forms.Engine.Clock.GetUtcNow().AddDays(5).ToString("yyyy-MM-ddTHH:mm:ssZ"));
        TestEngine.Succeeded(await forms.Engine.Content.PublishAsync(workshop, ["en-US"]));
        await forms.SubmitValidAsync("volunteerSignUp", FormValues.Volunteer());
        await forms.SubmitValidAsync("requestSupport", FormValues.Support());
        await forms.SubmitValidAsync("contactGroup", FormValues.Contact("Hello"), page: forms.Group.Key);
        await forms.SubmitValidAsync("workshopRegistration", FormValues.Registration("seat@example.com"), page: forms.Workshop.Key);
        await forms.Runner.RunDueAsync();
        var retention = forms.Services.GetRequiredService<IFormRetention>();
        var records = forms.Records;

        forms.Engine.Clock.Advance(TimeSpan.FromDays(8));
        await retention.DeleteExpiredAsync();
        Assert.Empty((await records.GetRelayedMessagesAsync()).Items);
        Assert.Single((await records.GetVolunteersAsync()).Items);
        Assert.Single((await records.GetRegistrationsAsync()).Items);

        forms.Engine.Clock.Advance(TimeSpan.FromDays(8));
        await retention.DeleteExpiredAsync();
        Assert.Empty((await records.GetRegistrationsAsync()).Items);
        Assert.Equal(0, await forms.SeatsTakenAsync());
        Assert.Single((await records.GetVolunteersAsync()).Items);

        forms.Engine.Clock.Advance(TimeSpan.FromDays(15));
        await retention.DeleteExpiredAsync();
        Assert.Empty((await records.GetVolunteersAsync()).Items);
        Assert.Single((await records.GetSupportRequestsAsync()).Items);

        forms.Engine.Clock.Advance(TimeSpan.FromDays(30));
        await retention.DeleteExpiredAsync();
        Assert.Empty((await records.GetSupportRequestsAsync()).Items);
        // Entries have their own periods (kept here), so their people are still found by them.
        Assert.Equal(4, await forms.EntryCountAsync());
    }

    [Fact]
    public async Task Uploads_no_entry_names_are_deleted_once_old_enough_and_named_ones_are_kept()
    {
        await using var forms = await FormsEngine.StartAsync(new Dictionary<string, string?> { ["SelfHelp:Forms:Retention:OrphanedUploadDays"] = "1" });
        await forms.SubmitValidAsync("shareYourStory", FormValues.Story(), files: new Dictionary<string, UploadedFile[]> { ["photo"] = [new("p.png", FormValues.Png)] });
        var store = forms.Services.GetRequiredService<IFormFileStore>();
        await store.SaveAsync("0badc0de/left-by-a-crash.png", FormValues.Png);
        await store.SaveAsync("0badc0de/still-being-posted.png", FormValues.Png);
        var uploads = Path.Combine(forms.Engine.Folder, "App_Data", "forms-uploads");
        var named = Directory.GetFiles(uploads, "*", SearchOption.AllDirectories).Single(f => !f.Contains("0badc0de"));
        var now = forms.Engine.Clock.GetUtcNow().UtcDateTime;
        foreach (var old in new[] { named, Path.Combine(uploads, "0badc0de", "left-by-a-crash.png") })
        {
            File.SetLastWriteTimeUtc(old, now.AddDays(-2));
        }
        File.SetLastWriteTimeUtc(Path.Combine(uploads, "0badc0de", "still-being-posted.png"), now);

        await forms.Services.GetRequiredService<IFormRetention>().DeleteExpiredAsync();

        Assert.True(File.Exists(named));
        Assert.False(File.Exists(Path.Combine(uploads, "0badc0de", "left-by-a-crash.png")));
        Assert.True(File.Exists(Path.Combine(uploads, "0badc0de", "still-being-posted.png")));
        await using var db = forms.Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContext();
        Assert.Equal(0, await db.PendingFileDeletions.CountAsync());
    }
}
