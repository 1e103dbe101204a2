using SelfHelp.Core.Search.Indexing;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Search;

public sealed class InternalIndexTests : SearchFixture
{
    private Task<IReadOnlyList<string>> StaffFindAsync(string text, string culture = English, bool includeTrashed = false) =>
        NamesFoundAsync(text, culture, r => r with { Index = IndexNames.Internal, IncludeTrashed = includeTrashed });

    [Fact]
    public async Task Drafts_are_found_by_staff_only()
    {
        await Story("Draft carers story").SaveAsync();

        Assert.Equal(["Draft carers story"], await StaffFindAsync("carers"));
        Assert.Empty(await NamesFoundAsync("carers"));
    }

    [Fact]
    public async Task Staff_results_say_which_cultures_are_published()
    {
        await Story("Carers story").Chinese("照顧者故事").PublishAsync(English);

        var english = (await FindAsync("carers", English, r => r with { Index = IndexNames.Internal })).Items.Single();
        var chinese = (await FindAsync("照顧者", Chinese, r => r with { Index = IndexNames.Internal })).Items.Single();

        Assert.True(english.Published);
        Assert.Equal("/carers-story/", english.Route);
        Assert.False(chinese.Published);
        Assert.Null(chinese.Route);
    }

    [Fact]
    public async Task A_newer_draft_is_found_by_its_new_words_for_staff_and_its_published_words_for_the_public()
    {
        var story = await Story("Carers story").Summary("weekly meetings").PublishAsync();
        story.SetValue("summary", "monthly meetings", English);
        TestEngine.Succeeded(await Engine.Content.SaveAsync(story));

        Assert.Equal(["Carers story"], await StaffFindAsync("monthly"));
        Assert.Empty(await StaffFindAsync("weekly"));
        Assert.Equal(["Carers story"], await NamesFoundAsync("weekly"));
        Assert.Empty(await NamesFoundAsync("monthly"));
    }

    [Fact]
    public async Task Items_in_the_recycle_bin_are_found_only_when_asked_for()
    {
        var story = await Story("Carers story").PublishAsync();
        TestEngine.Succeeded(await Engine.Content.MoveToRecycleBinAsync(story.Id));

        Assert.Empty(await StaffFindAsync("carers"));
        Assert.Equal(["Carers story"], await StaffFindAsync("carers", includeTrashed: true));
    }
}
