using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.Forms;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Records;
using SelfHelp.Core.Forms.Validation;
using SelfHelp.Core.Forms.Workflows;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.Sync;
using SelfHelp.Core.Tests.Sync;
using SelfHelp.Core.Tests.Testing;
using SelfHelp.Testing;

namespace SelfHelp.Core.Tests.Forms;

/// <summary>
/// The engine with the shipped uSync files (types, dictionary, the six forms), forms at run time, a loopback SMTP
/// server, and a small published site: home, a story library, a group directory with a group, a workshop list
/// with a workshop of <see cref="WorkshopCapacity"/> seats.
/// </summary>
public sealed class FormsEngine : IAsyncDisposable
{
    public const string GroupAddress = "hello@tsuen-wan-carers.example";
    public const int WorkshopCapacity = 2;

    private FormsEngine(TestEngine engine, LoopbackSmtpServer smtp)
    {
        Engine = engine;
        Smtp = smtp;
    }

    public TestEngine Engine { get; }
    public LoopbackSmtpServer Smtp { get; }
    public ContentItem Home { get; private set; } = null!;
    public ContentItem StoryLibrary { get; private set; } = null!;
    public ContentItem GroupDirectory { get; private set; } = null!;
    public ContentItem Group { get; private set; } = null!;
    public ContentItem Workshop { get; private set; } = null!;
    public IServiceProvider Services => Engine.Services;
    public IFormSubmissionService Submissions => Services.GetRequiredService<IFormSubmissionService>();
    public IFormEntryService Entries => Services.GetRequiredService<IFormEntryService>();
    public IFormWorkflowRunner Runner => Services.GetRequiredService<IFormWorkflowRunner>();
    public IPrivateRecordService Records => Services.GetRequiredService<IPrivateRecordService>();

    public static async Task<FormsEngine> StartAsync(IDictionary<string, string?>? settings = null, string provider = DatabaseOptions.SqliteProvider,
        Action<IServiceCollection>? services = null)
    {
        var smtp = new LoopbackSmtpServer();
        var all = new Dictionary<string, string?>
        {
            ["SelfHelp:Smtp:Host"] = "127.0.0.1",
            ["SelfHelp:Smtp:Port"] = smtp.Port.ToString(),
            ["SelfHelp:Smtp:Security"] = "None",
            ["SelfHelp:Smtp:FromAddress"] = "forms@selfhelp.example",
            ["SelfHelp:Forms:Recipients:moderators"] = "stories@selfhelp.example",
            ["SelfHelp:Forms:Recipients:coordinators"] = "volunteers@selfhelp.example",
            ["SelfHelp:Forms:Recipients:relay"] = "relay@selfhelp.example",
            // The tests run the workflows themselves, at the moments they choose.
            ["SelfHelp:Forms:RunWorkflows"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        TestEngine engine;
        try
        {
            engine = await USyncTestFiles.StartAsync(settings: all, provider: provider, configure: builder =>
            {
                builder.AddFormsEngine();
                services?.Invoke(builder.Services);
            });
        }
        catch
        {
            await smtp.DisposeAsync();
            throw;
        }
        var forms = new FormsEngine(engine, smtp);
        await forms.PublishSiteAsync();
        return forms;
    }

    public async Task<FormDefinition> FormAsync(string name) => (await Services.GetRequiredService<IFormService>().GetAsync(name))!;

    /// <summary>Submits answers (alias to one or more values) to a form from a page, and returns the result.</summary>
    public async Task<FormSubmitResult> SubmitAsync(string form, IDictionary<string, string[]> values, string culture = "en-US", Guid? page = null,
        IDictionary<string, UploadedFile[]>? files = null, bool honeypot = false) =>
        await Submissions.SubmitAsync(new FormSubmission
        {
            FormKey = (await FormAsync(form)).Key,
            Culture = culture,
            ContentKey = page,
            Values = values.ToDictionary(v => v.Key, v => (IReadOnlyList<string>)v.Value),
            Files = (files ?? new Dictionary<string, UploadedFile[]>()).ToDictionary(f => f.Key, f => (IReadOnlyList<UploadedFile>)f.Value),
            HoneypotTripped = honeypot,
        });

    public async Task<FormEntry> SubmitValidAsync(string form, IDictionary<string, string[]> values, string culture = "en-US", Guid? page = null,
        IDictionary<string, UploadedFile[]>? files = null)
    {
        var result = await SubmitAsync(form, values, culture, page, files);
        Assert.True(result.Status == FormSubmitStatus.Accepted, string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")));
        return (await Entries.GetAsync(result.EntryId!.Value))!;
    }

    public async Task<int> EntryCountAsync()
    {
        await using var db = Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContext();
        return await db.FormEntries.CountAsync();
    }

    /// <summary>How many seats of the workshop are confirmed, as its seat row counts them.</summary>
    public async Task<int> SeatsTakenAsync()
    {
        await using var db = Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContext();
        return await db.WorkshopSeats.Where(s => s.WorkshopKey == Workshop.Key).Select(s => s.Confirmed).SingleAsync();
    }

    private async Task PublishSiteAsync()
    {
        var content = Engine.Content;
        Home = await PublishAsync(await content.CreateAsync("Home", ContentItem.RootId, "home", "en-US"), ("heroTitle", "Find a group"));
        StoryLibrary = await PublishAsync(await content.CreateAsync("Stories", Home.Id, "storyLibrary", "en-US"));
        GroupDirectory = await PublishAsync(await content.CreateAsync("Groups", Home.Id, "groupDirectory", "en-US"));
        var group = await content.CreateAsync("Tsuen Wan Carers", GroupDirectory.Id, "selfHelpGroup", "en-US");
        group.SetValue("publicEmail", GroupAddress);
        Group = await PublishAsync(group, ("name", "Tsuen Wan Carers"));
        var workshops = await PublishAsync(await content.CreateAsync("Workshops", Home.Id, "workshopList", "en-US"));
        var workshop = await content.CreateAsync("Running a first meeting", workshops.Id, "workshop", "en-US");
        workshop.SetValue("capacity", WorkshopCapacity);
        Workshop = await PublishAsync(workshop, ("title", "Running a first meeting"));
    }

    private async Task<ContentItem> PublishAsync(ContentItem item, params (string Alias, string Value)[] english)
    {
        foreach (var (alias, value) in english)
        {
            item.SetValue(alias, value, "en-US");
        }
        return TestEngine.Succeeded(await Engine.Content.PublishAsync(item, ["en-US"]));
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
