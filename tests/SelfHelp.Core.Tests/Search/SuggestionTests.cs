using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Search;

public sealed class SuggestionTests : SearchFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Story("Volunteer organisers").Chinese("義工組織者").PublishAsync();
        await Story("Volcano club").Chinese("火山會").PublishAsync();
        await Story("Self-help history").Chinese("香港自助組織的歷史").PublishAsync();
        await Story("Volunteer hidden").Consent("pending").PublishAsync();
    }

    private async Task<IReadOnlyList<string>> SuggestAsync(string text, string culture = English)
    {
        await Indexes.WaitForPendingAsync();
        return (await Search.SuggestAsync(text, culture)).Select(s => s.Name).ToList();
    }

    [Fact]
    public async Task The_word_being_typed_completes_names()
    {
        Assert.Equal(["Volcano club", "Volunteer organisers"], (await SuggestAsync("vol")).Order(StringComparer.Ordinal));
        Assert.Equal(["Volunteer organisers"], await SuggestAsync("volunteer organi"));
        Assert.Empty(await SuggestAsync("volunteer organi "));
    }

    [Fact]
    public async Task Chinese_characters_complete_names_containing_them_in_order()
    {
        Assert.Equal(["香港自助組織的歷史"], await SuggestAsync("自助", Chinese));
        Assert.Equal(["義工組織者", "香港自助組織的歷史"], (await SuggestAsync("組織", Chinese)).Order(StringComparer.Ordinal));
        Assert.Empty(await SuggestAsync("助自", Chinese));
    }

    [Fact]
    public async Task Suggestions_carry_the_route_and_never_offer_what_the_public_may_not_see()
    {
        await Indexes.WaitForPendingAsync();
        var suggestion = (await Search.SuggestAsync("volunteer", English)).Single();

        Assert.Equal("/volunteer-organisers/", suggestion.Route);
        Assert.Equal("story", suggestion.ContentType);
    }
}
