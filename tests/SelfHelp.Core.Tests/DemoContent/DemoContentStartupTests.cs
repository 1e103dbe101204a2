using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Content;
using SelfHelp.Core.DemoContent;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.Startup;
using SelfHelp.Core.Tests.Testing;

namespace SelfHelp.Core.Tests.DemoContent;

public sealed class DemoContentStartupTests
{
    private const string Enabled = $"{DemoContentOptions.Section}:Enabled";

    [SkippableTheory]
    [StorageProviders]
    public async Task Starting_again_on_a_seeded_database_adds_nothing(string provider)
    {
        await using var engine = await DemoSite.StartAsync(provider: provider);
        var documents = await engine.CountDocumentsAsync();
        var versions = await engine.CountVersionsAsync();

        await DemoStep(engine).RunAsync(CancellationToken.None);

        Assert.Equal(DemoContentData.All.Count, documents);
        Assert.Equal(documents, await engine.CountDocumentsAsync());
        Assert.Equal(versions, await engine.CountVersionsAsync());
    }

    [Fact]
    public async Task A_database_that_already_has_content_is_left_alone()
    {
        await using var engine = await DemoSite.StartAsync(new Dictionary<string, string?> { [Enabled] = "false" });
        var site = await engine.Content.CreateAsync("Our own site", ContentItem.RootId, "home", "en-US");
        site.SetValue("heroTitle", "Welcome", "en-US");
        TestEngine.Succeeded(await engine.Content.SaveAsync(site));
        // Even an item in the recycle bin means someone has started: the demo must not mix with their content.
        Assert.True((await engine.Content.MoveToRecycleBinAsync(site.Id)).Succeeded);
        var enabledStep = new DemoContentStep(
            Options.Create(new DemoContentOptions { Enabled = true }),
            engine.Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>(),
            engine.Services.GetRequiredService<DemoContentSeeder>(),
            NullLogger<DemoContentStep>.Instance);

        await enabledStep.RunAsync(CancellationToken.None);

        Assert.Equal(1, await engine.CountDocumentsAsync());
    }

    [Fact]
    public async Task Turning_the_setting_off_seeds_nothing()
    {
        await using var engine = await DemoSite.StartAsync(new Dictionary<string, string?> { [Enabled] = "false" });

        Assert.Equal(0, await engine.CountDocumentsAsync());
        Assert.Equal(0, engine.Cache.Current.Count);
    }

    [Fact]
    public async Task A_misspelt_setting_stops_start_up_instead_of_being_ignored()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            DemoSite.StartAsync(new Dictionary<string, string?> { [$"{DemoContentOptions.Section}:Enable"] = "false" }));

        Assert.Contains("Enable", failure.Message);
    }

    [Fact]
    public async Task Without_the_document_types_seeding_writes_nothing_and_names_what_is_missing()
    {
        await using var engine = await TestEngine.StartEmptyAsync(configure: b =>
        {
            b.Configuration[Enabled] = "false";
            b.AddDemoContent();
        });

        var result = await engine.Services.GetRequiredService<DemoContentSeeder>().SeedAsync(DemoContentData.All);

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
        Assert.Contains(result.Errors, e => e.Message.Contains("'story'"));
        Assert.Equal(0, await engine.CountDocumentsAsync());
    }

    private static IStartupStep DemoStep(TestEngine engine) =>
        engine.Services.GetServices<IStartupStep>().OfType<DemoContentStep>().Single();
}
