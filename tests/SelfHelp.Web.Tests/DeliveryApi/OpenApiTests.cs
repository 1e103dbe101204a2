using System.Net;
using System.Text.Json;
using SelfHelp.Web.Tests.DeliveryApi.Testing;

namespace SelfHelp.Web.Tests.DeliveryApi;

public sealed class OpenApiTests(DeliveryHost host) : IClassFixture<DeliveryHost>
{
    private readonly HttpClient _client = host.Client();

    [Fact]
    public async Task Only_the_delivery_document_answers_under_Umbracos_swagger_path()
    {
        var other = await _client.GetAsync("/umbraco/swagger/selfhelp/swagger.json");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_is_served_where_Umbraco_17_serves_it_and_describes_exactly_the_routes_implemented()
    {
        var document = JsonDocument.Parse(await _client.GetStringAsync("/umbraco/swagger/delivery/swagger.json")).RootElement;

        Assert.StartsWith("3.0", document.GetProperty("openapi").GetString());
        Assert.Equal(
            new[]
            {
                "/umbraco/delivery/api/v2/content", "/umbraco/delivery/api/v2/content/item/{id}", "/umbraco/delivery/api/v2/content/item/{path}",
                "/umbraco/delivery/api/v2/content/items", "/umbraco/delivery/api/v2/media", "/umbraco/delivery/api/v2/media/item/{id}",
                "/umbraco/delivery/api/v2/media/item/{path}", "/umbraco/delivery/api/v2/media/items",
            }.Order(),
            document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order());
        var query = document.GetProperty("paths").GetProperty("/umbraco/delivery/api/v2/content").GetProperty("get");
        var parameters = query.GetProperty("parameters").EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("in").GetString())).ToList();
        Assert.Contains(("fetch", "query"), parameters);
        Assert.Contains(("filter", "query"), parameters);
        Assert.Contains(("sort", "query"), parameters);
        Assert.Contains(("skip", "query"), parameters);
        Assert.Contains(("take", "query"), parameters);
        Assert.Contains(("expand", "query"), parameters);
        Assert.Contains(("fields", "query"), parameters);
        Assert.Contains(("Accept-Language", "header"), parameters);
        Assert.Contains(("Api-Key", "header"), parameters);
        Assert.Contains(("Preview", "header"), parameters);
        Assert.Contains(("Start-Item", "header"), parameters);
        Assert.Equal("GetContent2.0", query.GetProperty("operationId").GetString());
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("ApiContentResponseModel", out _));
    }

    [Fact]
    public async Task The_interactive_reference_page_is_served()
    {
        var response = await _client.GetAsync("/umbraco/delivery/api-docs/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("swagger/delivery/swagger.json", await response.Content.ReadAsStringAsync());
    }
}

public sealed class ConfiguredOutputTests(ConfiguredOutputDeliveryHost host) : IClassFixture<ConfiguredOutputDeliveryHost>
{
    private readonly DeliveryClient _api = new(host.Client());

    [Fact]
    public async Task Rich_text_as_json_is_Umbracos_element_tree_with_routes_for_local_links()
    {
        var target = await host.Document("Tree link target").PublishAsync();
        var page = await host.Document("Tree page")
            .With("body", new { markup = $"<p>Hello <a href=\"/{{localLink:{target.Key}}}\" type=\"document\" data-anchor=\"x\">there</a></p><!-- note -->\n<p> </p>", blocks = (object?)null })
            .PublishAsync();

        var body = (await _api.JsonAsync($"/content/item/{page.Key}")).GetProperty("properties").GetProperty("body");

        Assert.Equal("#root", body.GetProperty("tag").GetString());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("blocks").ValueKind);
        var paragraphs = body.GetProperty("elements").EnumerateArray().ToList();
        Assert.Equal(2, paragraphs.Count);
        var p = paragraphs[0];
        Assert.Equal("p", p.GetProperty("tag").GetString());
        Assert.Equal("#text", p.GetProperty("elements")[0].GetProperty("tag").GetString());
        Assert.Equal("Hello ", p.GetProperty("elements")[0].GetProperty("text").GetString());
        var link = p.GetProperty("elements")[1];
        Assert.Equal("a", link.GetProperty("tag").GetString());
        Assert.Equal("/tree-link-target/", link.GetProperty("attributes").GetProperty("route").GetProperty("path").GetString());
        Assert.Equal("x", link.GetProperty("attributes").GetProperty("anchor").GetString());
        Assert.False(link.GetProperty("attributes").TryGetProperty("href", out _));
        Assert.Empty(paragraphs[1].GetProperty("elements").EnumerateArray());
    }

    [Fact]
    public async Task Only_allowed_content_types_come_out_and_picked_media_always_carry_their_properties()
    {
        var story = await host.Document("Not an allowed type", type: "story").WithInvariant("consentStatus", new[] { "given" }).PublishAsync();
        var image = await host.ImageAsync("Always expanded", altText: "Alt text shown");
        var home = await host.Document("Allowed home", type: "home", parentId: Core.Content.ContentItem.RootId)
            .WithInvariant("heroImage", new[] { new { key = Guid.NewGuid(), mediaKey = image.Key } }).PublishAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/content/item/{story.Key}")).StatusCode);
        Assert.DoesNotContain(story.Key, await _api.KeysAsync("/content?take=100"));
        var media = (await _api.JsonAsync($"/content/item/{home.Key}")).GetProperty("properties").GetProperty("heroImage")[0];
        Assert.Equal("Alt text shown", media.GetProperty("properties").GetProperty("altText").GetString());
    }
}
