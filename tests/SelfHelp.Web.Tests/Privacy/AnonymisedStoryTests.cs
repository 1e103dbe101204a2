using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Core.Content;

namespace SelfHelp.Web.Tests.Privacy;

/// <summary>
/// An anonymised story shows no names anywhere: the narrator's and interviewer's values are left out, and those names
/// and the ones staff list in <c>redactedNames</c> read as "[…]" in its page, the Delivery API, search results and snippets.
/// </summary>
public sealed class AnonymisedStoryTests(PrivacySiteHost site) : IClassFixture<PrivacySiteHost>
{
    private const string Mark = "[…]";
    private static readonly string[] Names = ["Wong Siu-ming", "黃小明", "Cheung Ka-lok", "Lee Mei-ling", "李美玲"];

    private readonly HttpClient _client = site.Client();

    [Fact]
    public async Task No_name_comes_out_of_the_page_the_delivery_api_or_search_in_either_language()
    {
        var story = await StoryAsync("Kestrel circle story", "紅隼小組的故事", anonymised: true, "kestrel", ("Wong Siu-ming", "黃小明"), "Cheung Ka-lok", ("Lee Mei-ling", "李美玲"));
        await site.IndexedAsync();

        foreach (var culture in new[] { "en-US", "zh-HK" })
        {
            var item = await site.DeliveryJsonAsync(_client, $"/content/item/{story.Key}?expand=properties[$all]", culture);
            var properties = item.GetProperty("properties");
            Assert.Equal(JsonValueKind.Null, properties.GetProperty("narratorName").ValueKind);
            Assert.Equal(JsonValueKind.Null, properties.GetProperty("interviewer").ValueKind);
            Assert.Contains(Mark, properties.GetProperty("body").GetProperty("markup").GetString());
            AssertNoName(item.GetRawText(), $"Delivery API item in {culture}");
            AssertNoName(await site.TextAsync(_client, $"{PrivacySiteHost.DeliveryPrefix}/content?filter=contentType:story&filter=name:{Uri.EscapeDataString(story.GetName(culture)!)}&expand=properties[$all]", culture),
                $"Delivery API query in {culture}");

            var page = await site.TextAsync(_client, (culture == "en-US" ? "" : "/zh-hk") + site.Published.GetByKey(story.Key)!.GetRoute(culture));
            Assert.Contains(Mark, page);
            AssertNoName(page, $"page in {culture}");
        }

        var search = await SearchAsync("q=kestrel");
        var hit = Assert.Single(search.GetProperty("items").EnumerateArray());
        Assert.Contains(Mark, hit.GetProperty("snippet").GetString());
        AssertNoName(search.GetRawText(), "search API");
        AssertNoName(await site.TextAsync(_client, "/search/?q=kestrel"), "search page");
        Assert.Empty((await SearchAsync("q=" + Uri.EscapeDataString("Mei-ling"))).GetProperty("items").EnumerateArray());
        Assert.Empty((await SearchAsync("q=" + Uri.EscapeDataString("李美玲") + "&culture=zh-HK")).GetProperty("items").EnumerateArray());
        Assert.Empty((await SearchAsync("q=" + Uri.EscapeDataString("Siu-ming"))).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_story_that_is_not_anonymised_shows_its_narrator_and_the_names_in_its_text()
    {
        var story = await StoryAsync("Osprey circle story", "魚鷹小組的故事", anonymised: false, "osprey", ("Ho Wing-sze", "何詠詩"), "Lam Chi-kin", ("Yip Hoi-man", "葉凱文"));

        var item = await site.DeliveryJsonAsync(_client, $"/content/item/{story.Key}");
        var hit = Assert.Single((await SearchAsync("q=osprey")).GetProperty("items").EnumerateArray());

        Assert.Equal("Ho Wing-sze", item.GetProperty("properties").GetProperty("narratorName").GetString());
        Assert.Equal("Lam Chi-kin", item.GetProperty("properties").GetProperty("interviewer").GetString());
        Assert.Contains("Yip Hoi-man", item.GetProperty("properties").GetProperty("body").GetProperty("markup").GetString());
        Assert.Contains("Yip Hoi-man", hit.GetProperty("snippet").GetString());
        Assert.False(item.GetProperty("properties").TryGetProperty("redactedNames", out _));
    }

    private Task<ContentItem> StoryAsync(
        string english, string chinese, bool anonymised, string bird, (string English, string Chinese) narrator, string interviewer, (string English, string Chinese) named) =>
        site.Story(english, chinese)
            .With("narratorName", narrator.English, narrator.Chinese)
            .With("summary", $"How the circle began, told by {narrator.English.ToLowerInvariant()}.", $"{narrator.Chinese}講述小組的開始。")
            .With("body",
                new { markup = $"<p>{narrator.English} met {named.English} at the clinic; {interviewer} asked about the {bird} meetings.</p>", blocks = (object?)null },
                new { markup = $"<p>{narrator.Chinese}在診所認識了{named.Chinese}，小組由此開始。</p>", blocks = (object?)null })
            .With("transcript",
                new { markup = $"<p><strong>{interviewer}:</strong> Who came first?</p><p><strong>{narrator.English}:</strong> {named.English} did.</p>", blocks = (object?)null },
                new { markup = $"<p><strong>訪問員：</strong>誰最先來？</p><p><strong>{narrator.Chinese}：</strong>{named.Chinese}。</p>", blocks = (object?)null })
            .WithInvariant("interviewer", interviewer)
            .WithInvariant("redactedNames", $"{named.English}\n{named.Chinese}")
            .WithInvariant("anonymised", anonymised)
            .PublishAsync();

    private async Task<JsonElement> SearchAsync(string query)
    {
        await site.IndexedAsync();
        return await _client.GetFromJsonAsync<JsonElement>("/api/search?" + query);
    }

    private static void AssertNoName(string text, string channel)
    {
        var decoded = System.Text.RegularExpressions.Regex.Unescape(System.Net.WebUtility.HtmlDecode(text));
        foreach (var name in Names)
        {
            Assert.False(decoded.Contains(name, StringComparison.OrdinalIgnoreCase), $"'{name}' came out of the {channel}.");
        }
    }
}
