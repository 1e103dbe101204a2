using System.Net;
using System.Text.Json;
using SelfHelp.Core.Content;

namespace SelfHelp.Web.Tests.Privacy;

/// <summary>
/// Media follow the public-visibility rules in every media channel: a release form picked in a story's internal
/// property, anything in a private folder and any item of the private <c>consentForm</c> type are never listed,
/// found or expanded; media nothing references are public.
/// </summary>
public sealed class MediaVisibilityTests(PrivacySiteHost site) : IClassFixture<PrivacySiteHost>
{
    private readonly HttpClient _client = site.Client();

    [Fact]
    public async Task A_release_form_picked_in_a_story_is_absent_from_every_media_endpoint_and_from_expanded_content()
    {
        var folder = await site.MediaAsync("Story paperwork", "Folder");
        var form = await site.MediaAsync("Chan release form signed", parentId: folder.Id);
        var photo = await site.MediaAsync("Chan group photo", "Image", folder.Id, "png");
        var story = await site.Story("Story with a signed form", "附授權書的故事")
            .WithInvariant("releaseForm", PrivacySiteHost.Picked(form)).WithInvariant("photos", PrivacySiteHost.Picked(photo)).PublishAsync();

        await AssertHiddenAsync(form, "/story paperwork/chan release form signed/", folder.Key);
        var expanded = await site.TextAsync(_client, $"{PrivacySiteHost.DeliveryPrefix}/content/item/{story.Key}?expand=properties[$all]");
        Assert.DoesNotContain(form.Key.ToString(), expanded);
        Assert.DoesNotContain("chan-release-form-signed", expanded);
        Assert.Contains(photo.Key.ToString(), expanded);
        Assert.Equal(HttpStatusCode.OK, (await PrivacySiteHost.DeliveryAsync(_client, $"/media/item/{photo.Key}")).StatusCode);
    }

    [Fact]
    public async Task Everything_in_a_private_folder_is_absent_at_any_depth_even_when_a_public_property_picks_it()
    {
        var vault = await site.MediaAsync("Signed forms", "privateFolder");
        var year = await site.MediaAsync("2026", "Folder", vault.Id);
        var consent = await site.MediaAsync("Lau consent form", "Image", year.Id, "png");
        var story = await site.Story("Story picking a private file", "選了私人檔案的故事")
            .WithInvariant("photos", PrivacySiteHost.Picked(consent)).PublishAsync();

        await AssertHiddenAsync(vault, "/signed forms/", parentKey: null);
        await AssertHiddenAsync(consent, "/signed forms/2026/lau consent form/", year.Key);
        Assert.Equal(0, (await site.DeliveryJsonAsync(_client, "/media?fetch=children:/signed forms/2026/")).GetProperty("total").GetInt32());
        var expanded = await site.TextAsync(_client, $"{PrivacySiteHost.DeliveryPrefix}/content/item/{story.Key}?expand=properties[$all]");
        Assert.DoesNotContain(consent.Key.ToString(), expanded);
    }

    [Fact]
    public async Task A_release_or_consent_form_is_absent_wherever_it_is_kept()
    {
        var form = await site.MediaAsync("Wong release form", "consentForm");

        await AssertHiddenAsync(form, "/wong release form/", parentKey: null);
    }

    [Fact]
    public async Task A_media_answer_already_cached_is_dropped_once_a_story_picks_the_item_as_its_release_form()
    {
        var form = await site.MediaAsync("Ho release form scan");
        Assert.Equal(HttpStatusCode.OK, (await PrivacySiteHost.DeliveryAsync(_client, $"/media/item/{form.Key}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PrivacySiteHost.DeliveryAsync(_client, $"/media/items?id={form.Key}")).StatusCode);

        await site.Story("Story picking a cached form", "選了已快取表格的故事").WithInvariant("releaseForm", PrivacySiteHost.Picked(form)).PublishAsync();

        await AssertHiddenAsync(form, "/ho release form scan/", parentKey: null);
    }

    [Fact]
    public async Task Media_nothing_references_outside_private_folders_are_public()
    {
        var folder = await site.MediaAsync("Leaflets", "Folder");
        var leaflet = await site.MediaAsync("Carers leaflet", parentId: folder.Id);

        Assert.Equal(leaflet.Key, (await site.DeliveryJsonAsync(_client, $"/media/item/{leaflet.Key}")).GetProperty("id").GetGuid());
        Assert.Equal(leaflet.Key, (await site.DeliveryJsonAsync(_client, "/media/item/leaflets/carers leaflet/")).GetProperty("id").GetGuid());
        Assert.Contains(leaflet.Key, Keys(await site.DeliveryJsonAsync(_client, $"/media?fetch=children:{folder.Key}")));
        Assert.Contains(folder.Key, Keys(await site.DeliveryJsonAsync(_client, "/media?fetch=children:/&take=100")));
    }

    // Not by id, path, ids or any query of its folder or the root; its file name nowhere in those answers.
    private async Task AssertHiddenAsync(ContentItem media, string path, Guid? parentKey)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await PrivacySiteHost.DeliveryAsync(_client, $"/media/item/{media.Key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PrivacySiteHost.DeliveryAsync(_client, "/media/item" + path)).StatusCode);
        var items = await site.DeliveryJsonAsync(_client, $"/media/items?id={media.Key}");
        Assert.Equal(0, items.GetArrayLength());
        var root = await site.TextAsync(_client, $"{PrivacySiteHost.DeliveryPrefix}/media?fetch=children:/&take=100&expand=properties[$all]");
        Assert.DoesNotContain(media.Key.ToString(), root);
        if (parentKey is { } parent)
        {
            var siblings = await site.TextAsync(_client, $"{PrivacySiteHost.DeliveryPrefix}/media?fetch=children:{parent}&take=100&expand=properties[$all]");
            Assert.DoesNotContain(media.Key.ToString(), siblings);
            Assert.DoesNotContain(media.GetName()!, siblings);
        }
    }

    private static Guid[] Keys(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray();
}
