using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Search;

public sealed class SnippetTests : SearchFixture
{
    [Fact]
    public async Task Snippets_mark_the_matched_words_in_any_form()
    {
        await Story("Weekly meetings").Summary("Groups of carers meet every week to support each other.").PublishAsync();

        var hit = (await FindAsync("group support")).Items.Single();

        Assert.Equal("<mark>Groups</mark> of carers meet every week to <mark>support</mark> each other.", hit.Snippet);
    }

    [Fact]
    public async Task Snippets_mark_a_Chinese_word_as_one_run()
    {
        await Story("History").Chinese("歷史").Summary("香港自助組織的發展歷史", Chinese).PublishAsync();

        var hit = (await FindAsync("自助組織", Chinese)).Items.Single();

        Assert.Equal("香港<mark>自助組織</mark>的發展歷史", hit.Snippet);
    }

    [Fact]
    public async Task Snippet_text_is_html_encoded()
    {
        await Story("Symbols").Body("<p>Rules &lt;script&gt;alert(1)&lt;/script&gt; for carers &amp; friends</p>").PublishAsync();

        var hit = (await FindAsync("carers")).Items.Single();

        Assert.Equal("Rules &lt;script&gt;alert(1)&lt;/script&gt; for <mark>carers</mark> &amp; friends", hit.Snippet);
    }

    [Fact]
    public async Task A_long_text_is_cut_around_the_matches()
    {
        var filler = string.Join(" ", Enumerable.Repeat("lorem ipsum dolor", 40));
        await Story("Long").Body($"<p>{filler} volunteers needed {filler}</p>").PublishAsync();

        var snippet = (await FindAsync("volunteers")).Items.Single().Snippet;

        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("<mark>volunteers</mark> needed", snippet);
        Assert.InRange(snippet.Length, 150, 260);
    }

    [Fact]
    public async Task Without_a_match_in_the_text_the_snippet_opens_the_summary()
    {
        await Story("Volunteers").Summary("How to join us.").PublishAsync();

        Assert.Equal("How to join us.", (await FindAsync("volunteers")).Items.Single().Snippet);
    }
}
