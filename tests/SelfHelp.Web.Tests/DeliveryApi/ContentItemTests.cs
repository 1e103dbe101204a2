using System.Net;
using System.Text.Json;
using SelfHelp.Web.Tests.DeliveryApi.Testing;
using static SelfHelp.Web.Tests.DeliveryApi.Testing.DeliveryTestSchema;

using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.DeliveryApi;

public sealed class ContentItemTests(DeliveryHost host) : IClassFixture<DeliveryHost>
{
    private readonly DeliveryClient _api = new(host.Client());

    [Fact]
    public async Task An_item_by_id_has_Umbracos_shape_with_content_type_first_and_a_route_per_culture()
    {
        var page = await host.Document("About us", "關於我們").With("title", "About SelfHelp", "關於本網絡").PublishAsync();

        var json = await DeliveryHost.JsonAsync(await _api.GetAsync($"/content/item/{page.Key}"));

        Assert.Equal(["contentType", "name", "createDate", "updateDate", "route", "id", "properties", "cultures"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("contentPage", json.GetProperty("contentType").GetString());
        Assert.Equal("About us", json.GetProperty("name").GetString());
        Assert.Equal(page.Key, json.GetProperty("id").GetGuid());
        Assert.Equal("/about-us/", json.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal(host.Home.Key, json.GetProperty("route").GetProperty("startItem").GetProperty("id").GetGuid());
        Assert.Equal("home", json.GetProperty("route").GetProperty("startItem").GetProperty("path").GetString());
        Assert.Equal("About SelfHelp", json.GetProperty("properties").GetProperty("title").GetString());
        var cultures = json.GetProperty("cultures");
        Assert.Equal("/about-us/", cultures.GetProperty("en-us").GetProperty("path").GetString());
        Assert.Equal("/關於我們/", cultures.GetProperty("zh-hk").GetProperty("path").GetString());
    }

    [Fact]
    public async Task Accept_Language_chooses_the_culture_of_the_name_values_and_route()
    {
        var page = await host.Document("Our groups", "我們的小組").With("title", "Groups", "小組").PublishAsync();

        var json = await DeliveryHost.JsonAsync(await _api.GetAsync($"/content/item/{page.Key}", ("Accept-Language", Chinese)));

        Assert.Equal("我們的小組", json.GetProperty("name").GetString());
        Assert.Equal("小組", json.GetProperty("properties").GetProperty("title").GetString());
        Assert.Equal("/我們的小組/", json.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal("主頁", json.GetProperty("route").GetProperty("startItem").GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("zh-HK,en;q=0.8")]
    public async Task An_accept_language_the_site_does_not_have_means_the_default_culture(string acceptLanguage)
    {
        var page = await host.Document("Contact " + acceptLanguage, "聯絡 " + acceptLanguage).PublishAsync();

        var json = await DeliveryHost.JsonAsync(await _api.GetAsync($"/content/item/{page.Key}", ("Accept-Language", acceptLanguage)));

        Assert.Equal("Contact " + acceptLanguage, json.GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_item_by_path_is_found_in_the_culture_of_the_path()
    {
        var parent = await host.Document("Guidance", "指南").PublishAsync();
        var child = await host.Document("Starting a group", "成立小組", parentId: parent.Id).PublishAsync();

        var english = await DeliveryHost.JsonAsync(await _api.GetAsync("/content/item/guidance/starting-a-group/"));
        var chinese = await DeliveryHost.JsonAsync(await _api.GetAsync("/content/item/" + Uri.EscapeDataString("指南") + "/" + Uri.EscapeDataString("成立小組"), ("Accept-Language", Chinese)));
        var root = await DeliveryHost.JsonAsync(await _api.GetAsync("/content/item/"));

        Assert.Equal(child.Key, english.GetProperty("id").GetGuid());
        Assert.Equal(child.Key, chinese.GetProperty("id").GetGuid());
        Assert.Equal("/指南/成立小組/", chinese.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal(host.Home.Key, root.GetProperty("id").GetGuid());
        Assert.Equal("/", root.GetProperty("route").GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_path_encoded_by_an_OpenAPI_client_is_decoded()
    {
        var parent = await host.Document("Encoded parent").PublishAsync();
        var child = await host.Document("Encoded child", parentId: parent.Id).PublishAsync();

        var json = await DeliveryHost.JsonAsync(await _api.GetAsync("/content/item/encoded-parent%2Fencoded-child"));

        Assert.Equal(child.Key, json.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task The_start_item_header_picks_the_root_a_path_is_resolved_under()
    {
        var partner = await host.Document("Partner portal", "夥伴網站", type: "home", parentId: Core.Content.ContentItem.RootId).PublishAsync();
        var news = await host.Document("Partner news", "夥伴消息", parentId: partner.Id).PublishAsync();

        var bySegment = await DeliveryHost.JsonAsync(await _api.GetAsync("/content/item/partner-news/", ("Start-Item", "partner-portal")));
        var byKey = await DeliveryHost.JsonAsync(await _api.GetAsync("/content/item/partner-news/", ("Start-Item", partner.Key.ToString())));
        var withoutHeader = await _api.GetAsync("/content/item/partner-news/");

        Assert.Equal(news.Key, bySegment.GetProperty("id").GetGuid());
        Assert.Equal(news.Key, byKey.GetProperty("id").GetGuid());
        Assert.Equal("/partner-news/", bySegment.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal("partner-portal", bySegment.GetProperty("route").GetProperty("startItem").GetProperty("path").GetString());
        Assert.Equal(HttpStatusCode.NotFound, withoutHeader.StatusCode);
    }

    [Fact]
    public async Task A_start_item_that_names_no_root_answers_404()
    {
        var response = await _api.GetAsync("/content/item/anything/", ("Start-Item", "no-such-root"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("The Start-Item could not be found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Items_by_ids_come_in_the_order_asked_without_the_ones_not_found()
    {
        var first = await host.Document("First of many").PublishAsync();
        var second = await host.Document("Second of many").PublishAsync();

        var json = await DeliveryHost.JsonAsync(await _api.GetAsync($"/content/items?id={second.Key}&id={Guid.NewGuid()}&id={first.Key}&id={second.Key}"));

        Assert.Equal([second.Key, first.Key], json.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task A_missing_item_answers_404_with_problem_details()
    {
        var byId = await _api.GetAsync($"/content/item/{Guid.NewGuid()}");
        var byPath = await _api.GetAsync("/content/item/no-such-page/");

        foreach (var response in new[] { byId, byPath })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("Not Found", problem.GetProperty("title").GetString());
            Assert.Equal(404, problem.GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task The_old_path_of_a_moved_item_answers_301_to_its_new_route_with_the_start_item_headers()
    {
        var from = await host.Document("Old section").PublishAsync();
        var to = await host.Document("New section").PublishAsync();
        var page = await host.Document("Moving page", parentId: from.Id).PublishAsync();
        PageBuilder.Succeeded(Core.Content.OperationResult<Core.Content.ContentItem>.From(await host.Content.MoveAsync(page.Id, to.Id), page));

        var response = await _api.GetAsync("/content/item/old-section/moving-page/");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/new-section/moving-page/", response.Headers.Location?.OriginalString);
        Assert.Equal("home", response.Headers.GetValues("Location-Start-Item-Path").Single());
        Assert.Equal(host.Home.Key.ToString("D"), response.Headers.GetValues("Location-Start-Item-Id").Single());
    }
}
