using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Files;
using SelfHelp.Core.Forms.Validation;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.Tests.Testing;

namespace SelfHelp.Core.Tests.Forms;

public sealed class PersonalDataTests
{
    [Theory]
    [InlineData("a+b@x.org")]
    [InlineData("o'brien@x.org")]
    [InlineData("tom&jerry@x.org")]
    [InlineData("ann=lee@x.org")]
    [InlineData("chan.tai-man@例子.香港")]
    public async Task A_person_is_found_and_erased_by_their_exact_address_whatever_characters_it_holds(string email)
    {
        await using var forms = await FormsEngine.StartAsync();
        await forms.SubmitValidAsync("volunteerSignUp", FormValues.Volunteer(email));
        await forms.SubmitValidAsync("volunteerSignUp", FormValues.Volunteer("x" + email));
        await forms.Runner.RunDueAsync();
        var people = forms.Services.GetRequiredService<IPersonalDataService>();

        var export = await people.ExportAsync(PersonalDataSubject.ByEmail($"  {email.ToUpperInvariant()} "));
        var erased = await people.EraseAsync(PersonalDataSubject.ByEmail(email), "dpo@selfhelp.example");

        Assert.Equal(email, Assert.Single(export.Entries).Values["email"][0]);
        Assert.Equal(email, Assert.Single(export.Volunteers).Email);
        Assert.Equal(1, erased);
        Assert.Equal("x" + email, Assert.Single((await forms.Records.GetVolunteersAsync()).Items).Email);
    }

    [SkippableTheory]
    [StorageProviders]
    public async Task Finding_and_erasing_by_phone_is_exact_and_gives_seats_back_on_every_storage_provider(string provider)
    {
        await using var forms = await FormsEngine.StartAsync(provider: provider);
        var registration = FormValues.Registration("a+b@x.org");
        registration["phone"] = ["+852 9123 4567"];
        await forms.SubmitValidAsync("workshopRegistration", registration, page: forms.Workshop.Key);
        await forms.SubmitValidAsync("workshopRegistration", FormValues.Registration("someone.else@x.org"), page: forms.Workshop.Key);
        await forms.Runner.RunDueAsync();
        var people = forms.Services.GetRequiredService<IPersonalDataService>();

        var export = await people.ExportAsync(PersonalDataSubject.ByPhone("9123-4567"));
        var erased = await people.EraseAsync(PersonalDataSubject.ByPhone("91234567"), "dpo@selfhelp.example");

        Assert.Equal("a+b@x.org", Assert.Single(export.Registrations).Email);
        Assert.Equal(1, erased);
        Assert.Equal("someone.else@x.org", Assert.Single((await forms.Records.GetRegistrationsAsync()).Items).Email);
        Assert.Equal(1, await forms.SeatsTakenAsync());
        Assert.Empty((await people.ExportAsync(PersonalDataSubject.ByEmail("a+b@x.org"))).Entries);
    }

    [Theory]
    [InlineData("+852 2345 6789")]
    [InlineData("00852-2345-6789")]
    [InlineData("23456789")]
    public async Task A_person_is_found_by_their_hong_kong_phone_number_however_it_is_written(string phone)
    {
        await using var forms = await FormsEngine.StartAsync();
        await forms.SubmitValidAsync("volunteerSignUp", FormValues.Volunteer("phone.person@example.com"));
        await forms.Runner.RunDueAsync();
        var people = forms.Services.GetRequiredService<IPersonalDataService>();

        var export = await people.ExportAsync(PersonalDataSubject.ByPhone(phone));
        var other = await people.ExportAsync(PersonalDataSubject.ByPhone("2345 6780"));

        Assert.Single(export.Entries);
        Assert.Single(export.Volunteers);
        Assert.Empty(other.Entries);
    }

    [Theory]
    [InlineData("o'brien")]
    [InlineData("a+b@x.org")]
    [InlineData("Tom & Jerry")]
    [InlineData("<b>")]
    [InlineData("照顧者")]
    public async Task Staff_search_finds_answers_with_characters_that_are_escaped_when_stored(string text)
    {
        await using var forms = await FormsEngine.StartAsync();
        var values = FormValues.Contact($"Please ask {text} to call");
        var entry = await forms.SubmitValidAsync("contactGroup", values, page: forms.Group.Key);
        await forms.SubmitValidAsync("contactGroup", FormValues.Contact("Nothing special"), page: forms.Group.Key);

        var found = await forms.Entries.ListAsync(new FormEntryQuery(entry.FormKey, Search: text.ToUpperInvariant()), new PageRequest());

        Assert.Equal(1, found.Total);
        Assert.Equal(entry.Id, Assert.Single(found.Items).Id);
    }

    [Fact]
    public async Task An_erasure_that_fails_part_way_leaves_everything_as_it_was_and_one_that_succeeds_removes_files_after_commit()
    {
        await using var forms = await FormsEngine.StartAsync();
        const string email = "whole.person@example.com";
        var story = FormValues.Story();
        story["email"] = [email];
        var withPhoto = await forms.SubmitValidAsync("shareYourStory", story, files: new Dictionary<string, UploadedFile[]> { ["photo"] = [new("p.png", FormValues.Png)] });
        await forms.SubmitValidAsync("workshopRegistration", FormValues.Registration(email), page: forms.Workshop.Key);
        await forms.Runner.RunDueAsync();
        var uploads = Path.Combine(forms.Engine.Folder, "App_Data", "forms-uploads");
        var photo = Assert.Single(Directory.GetFiles(uploads, "*", SearchOption.AllDirectories));
        var people = forms.Services.GetRequiredService<IPersonalDataService>();
        var contexts = forms.Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>();
        await using (var db = contexts.CreateDbContext())
        {
            // A failure after the files, the audit and the seat count were dealt with, before the registration goes.
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER fail_erasure BEFORE DELETE ON shWorkshopRegistration BEGIN SELECT RAISE(ABORT, 'injected failure'); END;");
        }

        await Assert.ThrowsAnyAsync<Exception>(() => people.EraseAsync(PersonalDataSubject.ByEmail(email), "dpo@selfhelp.example"));

        Assert.Equal(2, await forms.EntryCountAsync());
        Assert.True(File.Exists(photo));
        Assert.Single((await forms.Entries.GetAsync(withPhoto.Id))!.Files);
        Assert.Equal(1, await forms.SeatsTakenAsync());
        Assert.Single((await forms.Records.GetRegistrationsAsync(forms.Workshop.Key)).Items);
        Assert.Equal(2, (await people.ExportAsync(PersonalDataSubject.ByEmail(email))).Entries.Count);
        await using (var db = contexts.CreateDbContext())
        {
            Assert.Equal(0, await db.PendingFileDeletions.CountAsync());
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER fail_erasure;");
        }

        Assert.Equal(2, await people.EraseAsync(PersonalDataSubject.ByEmail(email), "dpo@selfhelp.example"));

        Assert.Equal(0, await forms.EntryCountAsync());
        Assert.False(File.Exists(photo));
        Assert.Equal(0, await forms.SeatsTakenAsync());
        Assert.Empty((await forms.Records.GetRegistrationsAsync()).Items);
        await using (var db = contexts.CreateDbContext())
        {
            Assert.Equal(0, await db.PendingFileDeletions.CountAsync());
            Assert.Equal(0, await db.PersonalIdentifiers.CountAsync());
        }
    }

    [Fact]
    public async Task A_file_the_store_cannot_delete_after_an_erasure_stays_queued_and_goes_on_the_next_run()
    {
        var store = new RefusingOnceFileStore();
        await using var forms = await FormsEngine.StartAsync(services: s => s.AddSingleton<IFormFileStore>(sp =>
            store.Wrap(ActivatorUtilities.CreateInstance<PhysicalFormFileStore>(sp))));
        var entry = await forms.SubmitValidAsync("shareYourStory", FormValues.Story(), files: new Dictionary<string, UploadedFile[]> { ["photo"] = [new("p.png", FormValues.Png)] });
        var photo = Assert.Single(Directory.GetFiles(Path.Combine(forms.Engine.Folder, "App_Data", "forms-uploads"), "*", SearchOption.AllDirectories));
        var deletions = forms.Services.GetRequiredService<PendingFileDeletions>();

        Assert.True((await forms.Entries.EraseAsync(entry.Id, "dpo@selfhelp.example")).Succeeded);

        Assert.Null(await forms.Entries.GetAsync(entry.Id));
        Assert.True(File.Exists(photo));
        Assert.Equal(0, await deletions.RunAsync());
        Assert.False(File.Exists(photo));
    }

    [Fact]
    public async Task Entries_stored_before_the_index_existed_are_indexed_at_start_up()
    {
        await using var forms = await FormsEngine.StartAsync();
        var entry = await forms.SubmitValidAsync("volunteerSignUp", FormValues.Volunteer("o'older+entry@example.com"));
        var contexts = forms.Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>();
        await using (var db = contexts.CreateDbContext())
        {
            // As the migration leaves a row written before it: no search text, no identifiers.
            await db.PersonalIdentifiers.ExecuteDeleteAsync();
            await db.FormEntries.ExecuteUpdateAsync(e => e.SetProperty(x => x.SearchText, ""));
        }
        var people = forms.Services.GetRequiredService<IPersonalDataService>();
        Assert.Empty((await people.ExportAsync(PersonalDataSubject.ByEmail("o'older+entry@example.com"))).Entries);

        await forms.Services.GetServices<SelfHelp.Core.Startup.IStartupStep>().OfType<PersonalDataIndexStep>().Single().RunAsync(CancellationToken.None);

        Assert.Equal(entry.Id, Assert.Single((await people.ExportAsync(PersonalDataSubject.ByEmail("o'older+entry@example.com"))).Entries).Id);
        Assert.Equal(entry.Id, Assert.Single((await people.ExportAsync(PersonalDataSubject.ByPhone("2345 6789"))).Entries).Id);
        Assert.Equal(1, (await forms.Entries.ListAsync(new FormEntryQuery(entry.FormKey, Search: "o'older"), new PageRequest())).Total);
    }


    /// <summary>An upload store whose first delete fails as a busy or unmounted disk would.</summary>
    private sealed class RefusingOnceFileStore
    {
        private int _refused;

        public IFormFileStore Wrap(IFormFileStore inner) => new Store(inner, this);

        private sealed class Store(IFormFileStore inner, RefusingOnceFileStore owner) : IFormFileStore
        {
            public Task SaveAsync(string path, byte[] content, CancellationToken cancellationToken = default) => inner.SaveAsync(path, content, cancellationToken);
            public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default) => inner.OpenReadAsync(path, cancellationToken);
            public IAsyncEnumerable<(string Path, DateTime LastWriteUtc)> ListAsync(CancellationToken cancellationToken = default) => inner.ListAsync(cancellationToken);

            public Task DeleteAsync(string path, CancellationToken cancellationToken = default) =>
                Interlocked.Exchange(ref owner._refused, 1) == 0 ? throw new IOException("The disk is busy.") : inner.DeleteAsync(path, cancellationToken);
        }
    }
}
