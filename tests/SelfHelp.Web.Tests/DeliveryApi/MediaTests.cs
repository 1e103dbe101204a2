using System.Net;
using System.Text.Json;
using SelfHelp.Web.Tests.DeliveryApi.Testing;

namespace SelfHelp.Web.Tests.DeliveryApi;

public sealed class MediaTests(DeliveryHost host) : IClassFixture<DeliveryHost>
{
    private readonly DeliveryClient _api = new(host.Client());

    [Fact]
    public async Task A_media_item_by_id_has_its_file_crops_path_dates_and_its_own_properties()
    {
        var folder = await host.FolderAsync("Photos by id");
        var image = await host.ImageAsync("Harbour view", folder.Id, altText: "The harbour at dusk");

        var json = await _api.JsonAsync($"/media/item/{image.Key}");

        Assert.Equal(["focalPoint", "crops", "id", "name", "mediaType", "url", "extension", "width", "height", "bytes", "properties", "path", "createDate", "updateDate"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Harbour view", json.GetProperty("name").GetString());
        Assert.Equal("/photos by id/harbour view/", json.GetProperty("path").GetString());
        Assert.Equal(540, json.GetProperty("height").GetInt32());
        Assert.Equal(24069, json.GetProperty("bytes").GetInt32());
        Assert.Equal("The harbour at dusk", json.GetProperty("properties").GetProperty("altText").GetString());
        Assert.False(json.GetProperty("properties").TryGetProperty("umbracoWidth", out _));
    }

    [Fact]
    public async Task A_media_item_is_found_by_its_path_of_names_and_items_by_ids()
    {
        var folder = await host.FolderAsync("Logos");
        var logo = await host.ImageAsync("Network logo", folder.Id);
        var other = await host.ImageAsync("Loose image");

        var byPath = await _api.JsonAsync("/media/item/logos/network%20logo/");
        var items = await _api.JsonAsync($"/media/items?id={other.Key}&id={logo.Key}&id={Guid.NewGuid()}");

        Assert.Equal(logo.Key, byPath.GetProperty("id").GetGuid());
        Assert.Equal([other.Key, logo.Key], items.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal([logo.Key, other.Key], (await _api.JsonAsync($"/media/items?id={logo.Key}&id={other.Key}")).EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync("/media/item/logos/missing/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/media/item/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task The_media_query_lists_children_of_a_folder_with_filters_sorts_and_paging()
    {
        var folder = await host.FolderAsync("Query folder");
        var zebra = await host.ImageAsync("Zebra crossing", folder.Id);
        var apple = await host.ImageAsync("Apple tree", folder.Id);
        var sub = await host.FolderAsync("Sub folder", folder.Id);

        var byKey = await _api.JsonAsync($"/media?fetch=children:{folder.Key}");
        var byPath = await _api.KeysAsync("/media?fetch=children:/query folder/&filter=mediaType:Image&sort=name:asc");
        var named = await _api.KeysAsync($"/media?fetch=children:{folder.Key}&filter=name:zebra");
        var paged = await _api.KeysAsync($"/media?fetch=children:{folder.Key}&sort=sortOrder:desc&take=1");

        Assert.Equal(3, byKey.GetProperty("total").GetInt64());
        Assert.Equal([apple.Key, zebra.Key], byPath);
        Assert.Equal([zebra.Key], named);
        Assert.Equal([sub.Key], paged);
        Assert.Contains(folder.Key, await _api.KeysAsync("/media?fetch=children:/&take=100"));
    }

    [Theory]
    [InlineData("fetch=descendants:/", "Selector option not found")]
    [InlineData("fetch=children:/&filter=colour:red", "Filter option not found")]
    [InlineData("fetch=children:/&sort=colour:asc", "Sort option not found")]
    public async Task An_unknown_media_query_option_answers_400(string query, string title)
    {
        var response = await _api.GetAsync("/media?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(title, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
    }
}
