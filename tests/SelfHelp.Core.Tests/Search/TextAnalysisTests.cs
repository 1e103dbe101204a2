using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Search;

public sealed class TextAnalysisTests : SearchFixture
{
    [Fact]
    public async Task English_words_are_found_in_any_form()
    {
        await Story("Carers meet weekly").Summary("A group supporting volunteers organising meetings").PublishAsync();

        Assert.Equal(["Carers meet weekly"], await NamesFoundAsync("groups"));
        Assert.Equal(["Carers meet weekly"], await NamesFoundAsync("volunteer organised"));
        Assert.Empty(await NamesFoundAsync("gardening"));
    }

    [Fact]
    public async Task Stop_words_alone_find_nothing_rather_than_everything()
    {
        await Story("The group").PublishAsync();

        var results = await FindAsync("the of and");

        Assert.Equal(0, results.Total);
    }

    [Fact]
    public async Task Chinese_words_are_found_inside_unsegmented_text()
    {
        await Story("History").Chinese("歷史").Summary("香港自助組織的發展歷史", Chinese).PublishAsync();

        Assert.Equal(["歷史"], await NamesFoundAsync("自助", Chinese));
        Assert.Equal(["歷史"], await NamesFoundAsync("組織的發展", Chinese));
        Assert.Empty(await NamesFoundAsync("互助", Chinese));
    }

    [Fact]
    public async Task A_longer_Chinese_query_finds_text_holding_part_of_it_and_ranks_the_whole_first()
    {
        await Story("Partial").Chinese("部分").Summary("我們的互助經驗", Chinese).PublishAsync();
        await Story("Whole").Chinese("全部").Summary("深水埗互助小組的故事", Chinese).PublishAsync();

        Assert.Equal(["全部", "部分"], await NamesFoundAsync("互助小組", Chinese));
        Assert.Equal(["全部", "部分"], (await NamesFoundAsync("互助", Chinese)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_single_Chinese_character_finds_the_text_it_appears_in()
    {
        await Story("Care").Chinese("關懷").Summary("照顧者的關愛小組", Chinese).PublishAsync();

        Assert.Equal(["關懷"], await NamesFoundAsync("愛", Chinese));
        Assert.Empty(await NamesFoundAsync("恨", Chinese));
    }

    [Fact]
    public async Task Mixed_English_and_Chinese_text_is_found_by_either_script()
    {
        await Story("Sham Shui Po carers").Chinese("深水埗照顧者")
            .Summary("Carers meet at the 深水埗 community centre every Friday")
            .Summary("照顧者每星期五在 Sham Shui Po 社區中心見面，有 WhatsApp 群組", Chinese)
            .PublishAsync();

        Assert.Equal(["Sham Shui Po carers"], await NamesFoundAsync("深水埗 carers"));
        Assert.Equal(["深水埗照顧者"], await NamesFoundAsync("whatsapp群組", Chinese));
        Assert.Equal(["深水埗照顧者"], await NamesFoundAsync("Sham Shui Po 社區", Chinese));
    }

    [Fact]
    public async Task Rich_text_is_searched_as_text_not_markup()
    {
        await Story("Café").Body("""<p class="lead">Our <strong>caf&eacute;</strong> meetings &amp; talks</p>""").PublishAsync();

        Assert.Equal(["Café"], await NamesFoundAsync("café meetings"));
        Assert.Empty(await NamesFoundAsync("strong"));
        Assert.Empty(await NamesFoundAsync("lead"));
        Assert.Empty(await NamesFoundAsync("eacute"));
    }

    [Fact]
    public async Task Quoted_phrases_match_words_in_order_and_minus_excludes()
    {
        await Story("Order").Summary("support group for parents").PublishAsync();
        await Story("Reversed").Summary("parents group support").PublishAsync();

        Assert.Equal(["Order"], await NamesFoundAsync("\"support group\""));
        Assert.Equal(["Reversed"], await NamesFoundAsync("parents -\"support group\""));
        Assert.Equal(["Order"], await NamesFoundAsync("group -reversed"));
    }

    [Fact]
    public async Task Tags_are_found_as_words()
    {
        await Story("Leaders").Themes("leadership", "funding").PublishAsync();

        Assert.Equal(["Leaders"], await NamesFoundAsync("funding"));
    }
}
