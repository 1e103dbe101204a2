using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.Media;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Privacy;

/// <summary>
/// The shipped site (uSync files and demo content) with the Delivery API and its media endpoints open to the public,
/// for asking every public channel what it shows.
/// </summary>
public class PrivacySiteHost : DemoSiteHost
{
    public const string DeliveryPrefix = "/umbraco/delivery/api/v2";
    public static readonly Guid GroupDirectory = Guid.Parse("a0000000-0000-4000-8000-000000000002");
    public static readonly Guid StoryLibrary = Guid.Parse("a0000000-0000-4000-8000-000000000003");
    public static readonly Guid PrivacyPage = Guid.Parse("a0000000-0000-4000-8000-00000000000b");

    public IMediaService Media => Services.GetRequiredService<IMediaService>();
    public PublishedSnapshot Published => Services.GetRequiredService<IPublishedContentCache>().Current;

    protected override void Setup(SiteSetup site)
    {
        base.Setup(site);
        site.WithPublicDeliveryApi().With("Umbraco:CMS:DeliveryApi:OutputCache:Enabled", "true");
    }

    /// <summary>A story under the demo story library, with consent given so that it is public.</summary>
    public PageBuilder Story(string englishTitle, string chineseTitle) =>
        new PageBuilder(Content, "story", Published.GetByKey(StoryLibrary)!.Id, englishTitle, chineseTitle)
            .With("title", englishTitle, chineseTitle)
            .WithInvariant("consentStatus", new[] { "given" });

    /// <summary>A media item of a shipped media type whose file is named after it, e.g. <c>/media/ab12cd34/signed-form.pdf</c>.</summary>
    public async Task<ContentItem> MediaAsync(string name, string mediaType = "File", int parentId = ContentItem.RootId, string extension = "pdf")
    {
        var media = await Media.CreateAsync(name, parentId, mediaType);
        if (mediaType != "Folder" && mediaType != "privateFolder")
        {
            media.SetValue("umbracoFile", $"/media/{Guid.NewGuid().ToString("N")[..8]}/{name.ToLowerInvariant().Replace(' ', '-')}.{extension}");
            media.SetValue("umbracoExtension", extension);
            media.SetValue("umbracoBytes", 48213);
        }
        return PageBuilder.Succeeded(await Media.SaveAsync(media));
    }

    /// <summary>The value of Media Picker 3 picking one item.</summary>
    public static object Picked(ContentItem media) => new[] { new { key = Guid.NewGuid(), mediaKey = media.Key } };

    /// <summary>Waits until every change queued so far is in the search indexes.</summary>
    public Task IndexedAsync() => Services.GetRequiredService<ISearchIndexRebuilder>().WaitForPendingAsync();

    /// <summary>The text of a successful answer (page or JSON).</summary>
    public async Task<string> TextAsync(HttpClient client, string pathAndQuery, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        }
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{pathAndQuery}: {(int)response.StatusCode} {text}");
        return text;
    }

    public async Task<JsonElement> DeliveryJsonAsync(HttpClient client, string path, string? language = null) =>
        JsonDocument.Parse(await TextAsync(client, DeliveryPrefix + path, language)).RootElement;

    public static async Task<HttpResponseMessage> DeliveryAsync(HttpClient client, string path) => await client.GetAsync(DeliveryPrefix + path);
}
