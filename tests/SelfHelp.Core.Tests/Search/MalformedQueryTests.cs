using SelfHelp.Core.Content;
using SelfHelp.Core.Search.Querying;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Search;

public sealed class MalformedQueryTests : SearchFixture
{
    [Theory]
    [InlineData("\"((")]
    [InlineData("carers \"support")]
    [InlineData("“自助")]
    public async Task An_unclosed_quote_is_refused_with_a_message_about_the_text(string text)
    {
        var result = await Search.SearchAsync(new SearchRequest { Text = text, Culture = English });

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal("text", error.Alias);
        Assert.Contains("quotation mark", error.Message);
    }

    [Fact]
    public async Task Too_long_a_text_is_refused()
    {
        var result = await Search.SearchAsync(new SearchRequest { Text = new string('a', 5000), Culture = English });

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
        Assert.Equal("text", Assert.Single(result.Errors).Alias);
    }

    [Fact]
    public async Task An_unknown_culture_is_refused()
    {
        var result = await Search.SearchAsync(new SearchRequest { Text = "carers", Culture = "xx-YY" });

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
        Assert.Equal("culture", Assert.Single(result.Errors).Alias);
    }

    [Theory]
    [InlineData("((")]
    [InlineData("carers)")]
    [InlineData("title_en-us:carers")]
    [InlineData("carers AND OR NOT")]
    [InlineData("car* ?ers ~2 ^3 [a TO z] {x} \\ / ! &&")]
    [InlineData("-")]
    [InlineData("\"\"")]
    [InlineData("𝔠𝔞𝔯𝔢𝔯𝔰 \u0000 \uFFFF")]
    public async Task Query_syntax_from_other_engines_is_searched_as_plain_text(string text)
    {
        await Story("Carers story").PublishAsync();

        var result = await Search.SearchAsync(new SearchRequest { Text = text, Culture = English });

        Assert.Equal(OperationStatus.Success, result.Status);
    }

    [Fact]
    public async Task Brackets_are_punctuation_and_field_names_reach_no_field()
    {
        await Story("Carers story").PublishAsync();

        Assert.Equal(["Carers story"], await NamesFoundAsync("(carers)"));
        Assert.Empty(await NamesFoundAsync("__Published:y"));
        Assert.Empty(await NamesFoundAsync("__NodeTypeAlias:story"));
    }
}
