using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Core.Search.Querying;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Search;

public sealed class ExternalIndexVisibilityTests : SearchFixture
{
    [Fact]
    public async Task A_draft_is_not_found()
    {
        await Story("Draft carers story").SaveAsync();

        Assert.Empty(await NamesFoundAsync("carers"));
    }

    [Fact]
    public async Task A_culture_that_is_not_published_is_not_found_in_that_culture()
    {
        await Story("Carers story").Chinese("照顧者故事").Summary("照顧者", Chinese).PublishAsync(English);

        Assert.Equal(["Carers story"], await NamesFoundAsync("carers"));
        Assert.Empty(await NamesFoundAsync("照顧者", Chinese));
    }

    [Fact]
    public async Task A_story_without_consent_given_is_not_found()
    {
        await Story("Pending carers story").Consent("pending").PublishAsync();
        await Story("Withdrawn carers story").Consent("withdrawn").PublishAsync();

        Assert.Empty(await NamesFoundAsync("carers"));
    }

    [Fact]
    public async Task An_embargoed_story_is_found_once_the_embargo_lifts()
    {
        await Story("Embargoed carers story").EmbargoUntil(Engine.Clock.GetUtcNow().UtcDateTime.AddDays(2)).PublishAsync();
        Assert.Empty(await NamesFoundAsync("carers"));

        Engine.Clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(["Embargoed carers story"], await NamesFoundAsync("carers"));
    }

    [Fact]
    public async Task An_embargo_that_lifted_while_the_site_was_down_is_caught_up_at_start()
    {
        var now = Engine.Clock.GetUtcNow();
        await Story("Embargoed carers story").EmbargoUntil(now.UtcDateTime.AddDays(2)).PublishAsync();
        Assert.Empty(await NamesFoundAsync("carers"));

        await using var restarted = await Engine.RestartAsync(now: now.AddDays(3));
        var search = restarted.Services.GetRequiredService<ISearchService>();
        await restarted.Services.GetRequiredService<ISearchIndexRebuilder>().WaitForPendingAsync();

        var results = TestEngine.Succeeded(await search.SearchAsync(new SearchRequest { Text = "carers", Culture = English }));
        Assert.Equal(["Embargoed carers story"], results.Items.Select(i => i.Name));
    }

    [Fact]
    public async Task Text_of_internal_properties_is_never_found()
    {
        await Story("Carers story").ReleaseForm("Signed by Chan Tai Man").PublishAsync();

        Assert.Empty(await NamesFoundAsync("Chan Tai Man"));
        Assert.Equal(["Carers story"], await NamesFoundAsync("Chan Tai Man", with: r => r with { Index = IndexNames.Internal }));
    }

    [Fact]
    public async Task A_story_in_the_recycle_bin_is_not_found()
    {
        var story = await Story("Carers story").PublishAsync();

        TestEngine.Succeeded(await Engine.Content.MoveToRecycleBinAsync(story.Id));

        Assert.Empty(await NamesFoundAsync("carers"));
    }

    [Fact]
    public async Task A_story_under_an_unpublished_parent_is_not_found()
    {
        var section = TestEngine.Succeeded(await Engine.Content.PublishAsync(await Engine.SavePageAsync(Site.Id, "Section"), [English]));
        await Story("Carers story", section.Id).PublishAsync();
        Assert.Equal(["Carers story"], await NamesFoundAsync("carers"));

        TestEngine.Succeeded(await Engine.Content.UnpublishAsync(section.Id));

        Assert.Empty(await NamesFoundAsync("carers"));
    }
}
