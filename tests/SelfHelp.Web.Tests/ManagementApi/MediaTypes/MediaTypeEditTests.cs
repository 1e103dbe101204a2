using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SelfHelp.Web.Tests.ManagementApi.DocumentTypes;

namespace SelfHelp.Web.Tests.ManagementApi.MediaTypes;

public sealed class MediaTypeEditTests(TypesHost host) : IClassFixture<TypesHost>
{
    private const string Image = "cc07b313-0843-4aa8-bbda-871c8da728c8";
    private const string ConsentForm = "8f3d2b61-7c4e-4a19-9e05-2b6d1c7a9f48";

    [Fact]
    public async Task Renaming_a_media_type_writes_its_usync_file()
    {
        var type = await EditableAsync(ConsentForm);
        type["name"] = "Signed release form";

        using var response = await host.PutJsonAsync(host.Admin, $"/media-type/{ConsentForm}", type);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<Name>Signed release form</Name>", await File.ReadAllTextAsync(Path.Combine(host.USyncFolder, "MediaTypes", "consentform.config")));
    }

    [Fact]
    public async Task The_image_type_keeps_its_alias_and_is_never_deleted()
    {
        var type = await EditableAsync(Image);
        type["alias"] = "picture";

        using var rename = await host.PutJsonAsync(host.Admin, $"/media-type/{Image}", type);
        using var delete = await host.Admin.DeleteAsync($"{TypesHost.V1}/media-type/{Image}");
        var tree = await host.GetJsonAsync(host.Editor, "/tree/media-type/root");

        Assert.Equal(HttpStatusCode.BadRequest, rename.StatusCode);
        Assert.True(JsonDocument.Parse(await rename.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("$.alias", out _));
        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        var deletable = tree.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("isDeletable").GetBoolean());
        Assert.False(deletable[Image]);
        Assert.True(deletable[ConsentForm]);
    }

    private async Task<JsonObject> EditableAsync(string id) =>
        JsonNode.Parse((await host.GetJsonAsync(host.Admin, $"/media-type/{id}")).GetRawText())!.AsObject();
}
