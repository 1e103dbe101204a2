using System.Net.Http.Json;
using System.Text.Json;

namespace SelfHelp.Web.Tests.ManagementApi.Documents;

/// <summary>The requests Umbraco's client sends for documents, built as it builds them, against the demo site's stories.</summary>
internal static class DocumentRequests
{
    public const string V1 = "/umbraco/management/api/v1";
    public const string English = "en-US";
    public const string Chinese = "zh-HK";

    /// <summary>The demo site's story library and the story type allowed in it.</summary>
    public static readonly Guid StoryLibrary = Guid.Parse("a0000000-0000-4000-8000-000000000003");
    public static readonly Guid StoryType = Guid.Parse("7aca9fa9-02c6-551a-ac71-60eb6f561020");

    /// <summary>A new story named and titled in English and Chinese, as <c>POST document</c> takes it.</summary>
    public static object BilingualStory(Guid id, string english, string chinese, string? chineseTitle = "") => new
    {
        id,
        parent = new { id = StoryLibrary },
        documentType = new { id = StoryType },
        template = (object?)null,
        variants = new object[]
        {
            new { culture = English, segment = (string?)null, name = english },
            new { culture = Chinese, segment = (string?)null, name = chinese },
        },
        values = new object[]
        {
            new { alias = "title", culture = English, segment = (string?)null, value = english + " title" },
            new { alias = "summary", culture = English, segment = (string?)null, value = english + " summary" },
            new { alias = "title", culture = Chinese, segment = (string?)null, value = chineseTitle == "" ? chinese + "標題" : chineseTitle },
            // Stories are public only with the narrator's consent (the engine's visibility rule).
            new { alias = "consentStatus", culture = (string?)null, segment = (string?)null, value = (object?)new[] { "given" } },
        },
    };

    /// <summary>Creates a bilingual story as the given client and returns its id.</summary>
    public static async Task<Guid> CreateStoryAsync(HttpClient client, string english, string chinese)
    {
        var id = Guid.NewGuid();
        using var created = await client.PostAsJsonAsync($"{V1}/document", BilingualStory(id, english, chinese));
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        return id;
    }

    /// <summary>The document as the editor reads it, turned into an update body with one value changed, as the client saves it.</summary>
    public static async Task<object> UpdateOfAsync(HttpClient client, Guid id, string alias, string culture, string value)
    {
        var document = await client.GetFromJsonAsync<JsonElement>($"{V1}/document/{id}");
        var values = document.GetProperty("values").EnumerateArray().Select(v => new
        {
            alias = v.GetProperty("alias").GetString(),
            culture = v.GetProperty("culture").GetString(),
            segment = (string?)null,
            value = v.GetProperty("alias").GetString() == alias && v.GetProperty("culture").GetString() == culture
                ? JsonSerializer.SerializeToElement(value) : v.GetProperty("value"),
        }).ToList();
        var variants = document.GetProperty("variants").EnumerateArray().Select(v => new
        {
            culture = v.GetProperty("culture").GetString(), segment = (string?)null, name = v.GetProperty("name").GetString(),
        }).ToList();
        return new { values, variants, template = (object?)null };
    }

    public static object PublishNow(params string?[] cultures) =>
        new { publishSchedules = cultures.Select(c => new { culture = c, schedule = (object?)null }).ToArray() };

    public static JsonElement Variant(JsonElement document, string culture) =>
        document.GetProperty("variants").EnumerateArray().Single(v => v.GetProperty("culture").GetString() == culture);
}
