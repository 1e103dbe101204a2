using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SelfHelp.Web.Tests.Privacy.NeverPublic;

/// <summary>One place the public can read from, asked about one planted item and one string that must not be there.</summary>
/// <param name="Read">The text the channel answers for the item, when searching for the string where the channel searches.</param>
public sealed record PublicChannel(string Name, Func<PlantedItem, string, Task<string>> Read)
{
    public override string ToString() => Name;
}

/// <summary>
/// Every public channel of the site: its pages in both languages, the Delivery API's content and media (items, queries,
/// <c>expand=properties[$all]</c>), the search API, suggestions and page in both languages, and both OpenAPI documents.
/// The site has no sitemap or feeds; a new one belongs here.
/// </summary>
public sealed partial class PublicChannels(PrivacySiteHost site)
{
    private const string Expand = "expand=properties[$all]";
    private readonly HttpClient _client = site.Client();

    public IReadOnlyList<PublicChannel> All =>
    [
        new("page (en-US)", (item, _) => Page(item, "en-US")),
        new("page (zh-HK)", (item, _) => Page(item, "zh-HK")),
        new("parent page (en-US)", (item, _) => Text(item.Parent.GetRoute("en-US")!)),
        new("parent page (zh-HK)", (item, _) => Text("/zh-hk" + item.Parent.GetRoute("zh-HK"))),
        new("Delivery API content item (en-US)", (item, _) => Delivery($"/content/item/{item.Item.Key}?{Expand}", "en-US")),
        new("Delivery API content item (zh-HK)", (item, _) => Delivery($"/content/item/{item.Item.Key}?{Expand}", "zh-HK")),
        new("Delivery API content items", (item, _) => Delivery($"/content/items?id={item.Item.Key}&{Expand}", "en-US")),
        new("Delivery API content query (en-US)", (item, _) => Delivery($"/content?fetch=children:{item.Parent.Key}&take=100&{Expand}", "en-US")),
        new("Delivery API content query (zh-HK)", (item, _) => Delivery($"/content?fetch=children:{item.Parent.Key}&take=100&{Expand}", "zh-HK")),
        new("Delivery API media query", (_, _) => Delivery($"/media?fetch=children:/&take=100&{Expand}", "en-US")),
        new("Delivery API media items", (_, needle) => Delivery($"/media/items?id={(Guid.TryParse(needle, out var key) ? key : Guid.Empty)}&{Expand}", "en-US")),
        new("Delivery API media item", (_, needle) => Delivery($"/media/item/{(Guid.TryParse(needle, out var key) ? key : Guid.Empty)}", "en-US")),
        new("search API (en-US)", (_, needle) => Found(Text($"/api/search?q={Uri.EscapeDataString(needle)}", search: true))),
        new("search API (zh-HK)", (_, needle) => Found(Text($"/api/search?q={Uri.EscapeDataString(needle)}&culture=zh-HK", search: true))),
        new("search API listing the item", (item, _) => Text($"/api/search?q={item.ControlWord}", search: true)),
        new("search suggestions", (_, needle) => Found(Text($"/api/search/suggest?q={Uri.EscapeDataString(needle)}", search: true))),
        new("search page (en-US)", (_, needle) => FoundOnPage(Text($"/search/?q={Uri.EscapeDataString(needle)}", search: true))),
        new("search page (zh-HK)", (_, needle) => FoundOnPage(Text($"/zh-hk/search/?q={Uri.EscapeDataString(needle)}", search: true))),
        new("search page listing the item", (item, _) => Text($"/search/?q={item.ControlWord}", search: true)),
        new("OpenAPI document of the Delivery API", (_, _) => Text("/umbraco/swagger/delivery/swagger.json")),
        new("OpenAPI document of the search API", (_, _) => Text("/openapi/selfhelp.json")),
    ];

    // A search answer repeats what was typed; only what it found can leak, so only that is read.
    private static async Task<string> Found(Task<string> answer) =>
        JsonDocument.Parse(await answer).RootElement.GetProperty("items").GetRawText();

    private static async Task<string> FoundOnPage(Task<string> page) =>
        string.Concat(FoundMarkup().Matches(await page).Select(m => m.Value));

    [GeneratedRegex("<ol class=\"search-hits\".*?</ol>|<ul class=\"search-similar\">.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex FoundMarkup();

    // A draft, or a culture the item is not published in, has no page to show anything on.
    private Task<string> Page(PlantedItem item, string culture) =>
        site.Published.GetByKey(item.Item.Key)?.GetRoute(culture) is { } route
            ? Text((culture == "en-US" ? "" : "/zh-hk") + route)
            : Task.FromResult("");

    private Task<string> Delivery(string path, string culture) => Text(PrivacySiteHost.DeliveryPrefix + path, language: culture);

    // Any answer but a server error, a refusal or a malformed request is read: a 404 for a hidden item is the channel keeping the secret.
    private async Task<string> Text(string pathAndQuery, bool search = false, string? language = null)
    {
        if (search)
        {
            await site.IndexedAsync();
        }
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        }
        var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500 && response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest), $"{pathAndQuery}: {(int)response.StatusCode} {text}");
        return WebUtility.HtmlDecode(text);
    }
}
