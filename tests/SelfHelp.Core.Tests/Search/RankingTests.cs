namespace SelfHelp.Core.Tests.Search;

public sealed class RankingTests : SearchFixture
{
    [Fact]
    public async Task A_title_match_ranks_above_a_summary_match_above_a_body_match()
    {
        await Story("Meeting notes").Body("<p>We talked about volunteers.</p>").PublishAsync();
        await Story("Volunteers wanted").Summary("Help us run the group.").PublishAsync();
        await Story("Our year").Summary("Volunteers ran every meeting.").PublishAsync();

        Assert.Equal(["Volunteers wanted", "Our year", "Meeting notes"], await NamesFoundAsync("volunteers"));
    }

    [Fact]
    public async Task Every_word_must_match_somewhere()
    {
        await Story("Carers in Sha Tin").Summary("A weekly group").PublishAsync();
        await Story("Carers in Wan Chai").PublishAsync();

        Assert.Equal(["Carers in Sha Tin"], await NamesFoundAsync("carers weekly"));
    }
}
