using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.ManagementApi.Security;
using static SelfHelp.Web.Tests.ManagementApi.DocumentOperations.DocumentOperationsHost;

namespace SelfHelp.Web.Tests.ManagementApi.DocumentOperations;

public sealed class DocumentReferenceTests(DocumentOperationsHost host) : IClassFixture<DocumentOperationsHost>
{
    [Fact]
    public async Task A_page_linked_from_another_is_referenced_by_it_and_its_parent_has_a_referenced_descendant()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var parent = await host.PageAsync("Referenced parent");
        var target = await host.PageAsync("Referenced target", parent: parent);
        var lonely = await host.PageAsync("Nobody links here");
        var linking = await host.PageAsync("Linking page", publish: false);
        linking.SetValue("body", $"<p><a href=\"/{{localLink:umb://document/{target.Key:N}}}\">see</a></p>", "en-US");
        Assert.True((await host.Content.SaveAsync(linking)).Succeeded);

        var referencedBy = await editor.GetFromJsonAsync<JsonElement>($"{Management}/document/{target.Key}/referenced-by");
        var descendants = await editor.GetFromJsonAsync<JsonElement>($"{Management}/document/{parent.Key}/referenced-descendants");
        var areReferenced = await editor.GetFromJsonAsync<JsonElement>($"{Management}/document/are-referenced?id={target.Key}&id={lonely.Key}");

        var reference = Assert.Single(referencedBy.GetProperty("items").EnumerateArray());
        Assert.Equal("DocumentReferenceResponseModel", reference.GetProperty("$type").GetString());
        Assert.Equal(linking.Key, reference.GetProperty("id").GetGuid());
        Assert.False(reference.GetProperty("published").GetBoolean());
        Assert.Equal(target.Key, Assert.Single(descendants.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(target.Key, Assert.Single(areReferenced.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }
}
