using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.Tests.ManagementApi.DocumentTypes;

public sealed class DocumentTypeEditTests(TypesHost host) : IClassFixture<TypesHost>
{
    private const string Story = "7aca9fa9-02c6-551a-ac71-60eb6f561020";
    private const string ContentPage = "93ae6445-4147-5b72-a4de-0ea81b5a5656";
    private const string Textstring = "0cc0eba1-9960-42c9-bf9b-60e150b429ae";

    private IContentTypeService ContentTypes => host.Services.GetRequiredService<IContentTypeService>();

    [Fact]
    public async Task Renaming_a_property_changes_the_usync_file_and_the_engines_type()
    {
        var story = await EditableAsync(Story);
        Property(story, "anonymised")["name"] = "Hide people's names";

        using var response = await host.PutJsonAsync(host.Admin, $"/document-type/{Story}", story);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentLength);
        Assert.Contains("<Name>Hide people's names</Name>", await File.ReadAllTextAsync(TypeFile("story")));
        Assert.Equal("Hide people's names", (await ContentTypes.GetAsync("story"))!.FindProperty("anonymised")!.Name);
    }

    [Fact]
    public async Task Adding_a_property_writes_it_to_the_usync_file_and_documents_of_the_type_take_a_value_for_it()
    {
        var page = await AnyItemOfTypeAsync("contentPage");
        page.SetValue("subtitle", "A plain subtitle");
        Assert.False((await host.Content.SaveAsync(page)).Succeeded);

        var type = await EditableAsync(ContentPage);
        var properties = type["properties"]!.AsArray();
        properties.Add(new JsonObject
        {
            ["id"] = Guid.NewGuid(), ["container"] = properties[0]!["container"]?.DeepClone(), ["sortOrder"] = 99, ["alias"] = "subtitle",
            ["name"] = "Subtitle", ["description"] = null, ["dataType"] = new JsonObject { ["id"] = Textstring },
            ["variesByCulture"] = false, ["variesBySegment"] = false,
            ["validation"] = new JsonObject { ["mandatory"] = false, ["mandatoryMessage"] = null, ["regEx"] = null, ["regExMessage"] = null },
            ["appearance"] = new JsonObject { ["labelOnTop"] = false },
        });
        using var response = await host.PutJsonAsync(host.Admin, $"/document-type/{ContentPage}", type);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<Alias>subtitle</Alias>", await File.ReadAllTextAsync(TypeFile("contentPage")));
        var reread = await host.GetJsonAsync(host.Editor, $"/document-type/{ContentPage}");
        Assert.Contains("subtitle", reread.GetProperty("properties").EnumerateArray().Select(p => p.GetProperty("alias").GetString()));
        var again = (await host.Content.GetAsync(page.Id))!;
        again.SetValue("subtitle", "A plain subtitle");
        Assert.True((await host.Content.SaveAsync(again)).Succeeded);
        Assert.Equal("A plain subtitle", (await host.Content.GetAsync(page.Id))!.GetValue<string>("subtitle"));
    }

    [Fact]
    public async Task Saving_every_shipped_type_unchanged_leaves_its_usync_file_byte_for_byte()
    {
        var folders = new[] { "ContentTypes", "MediaTypes" };
        var before = folders.SelectMany(f => Directory.GetFiles(Path.Combine(host.USyncFolder, f))).ToDictionary(f => f, File.ReadAllText);
        var types = await ContentTypes.GetAllAsync();

        foreach (var type in types.Where(t => t.Alias is not "story" and not "contentPage"))
        {
            var path = type.Kind == ContentTypeKind.Media ? "media-type" : "document-type";
            var body = await EditableAsync(type.Key.ToString(), path);
            using var response = await host.PutJsonAsync(host.Admin, $"/{path}/{type.Key}", body);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{type.Alias}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        foreach (var (file, text) in before.Where(f => !f.Key.EndsWith("story.config") && !f.Key.EndsWith("contentpage.config")))
        {
            Assert.True(text == await File.ReadAllTextAsync(file), $"{Path.GetFileName(file)} changed");
        }
    }

    [Theory]
    [InlineData(BackOfficeUserGroups.Editor)]
    [InlineData(BackOfficeUserGroups.Writer)]
    public async Task Users_without_the_settings_section_read_types_but_are_refused_edits(string group)
    {
        var client = await host.SignedInAsync(group);
        var story = await EditableAsync(Story);
        var before = await File.ReadAllTextAsync(TypeFile("story"));
        story["name"] = "Edited by " + group;

        using var read = await client.GetAsync($"{TypesHost.V1}/document-type/{Story}");
        using var edit = await host.PutJsonAsync(client, $"/document-type/{Story}", story);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(before, await File.ReadAllTextAsync(TypeFile("story")));
    }

    [Fact]
    public async Task A_duplicate_property_alias_is_refused_with_the_error_at_its_json_path()
    {
        var type = await EditableAsync(ContentPage);
        var properties = type["properties"]!.AsArray();
        properties[1]!["alias"] = properties[0]!["alias"]!.GetValue<string>();

        using var response = await host.PutJsonAsync(host.Admin, $"/document-type/{ContentPage}", type);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Error", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("$.properties[1].alias", out _), problem.ToString());
    }

    [Fact]
    public async Task The_alias_of_a_type_with_documents_stays_and_such_a_type_is_not_deleted()
    {
        var type = await EditableAsync(ContentPage);
        type["alias"] = "renamedPage";

        using var rename = await host.PutJsonAsync(host.Admin, $"/document-type/{ContentPage}", type);
        using var delete = await host.Admin.DeleteAsync($"{TypesHost.V1}/document-type/{ContentPage}");

        Assert.Equal(HttpStatusCode.BadRequest, rename.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        Assert.NotNull(await ContentTypes.GetAsync("contentPage"));
    }

    [Fact]
    public async Task An_element_type_created_through_the_api_gets_a_usync_file_and_is_gone_again_when_deleted()
    {
        var body = new
        {
            alias = "quoteBlock", name = "Quote block", description = (string?)null, icon = "icon-quote", allowedAsRoot = false,
            variesByCulture = true, variesBySegment = false, isElement = true,
            properties = new[]
            {
                new
                {
                    id = Guid.NewGuid(), container = (ReferenceByIdModel?)null, sortOrder = 0, alias = "quote", name = "Quote", description = (string?)null,
                    dataType = new ReferenceByIdModel(Guid.Parse(Textstring)), variesByCulture = true, variesBySegment = false,
                    validation = new { mandatory = true, mandatoryMessage = (string?)null, regEx = (string?)null, regExMessage = (string?)null },
                    appearance = new { labelOnTop = false },
                },
            },
            containers = Array.Empty<object>(), allowedTemplates = Array.Empty<object>(), cleanup = new { preventCleanup = false },
            allowedDocumentTypes = Array.Empty<object>(), compositions = Array.Empty<object>(),
        };

        using var created = await host.Admin.PostAsJsonAsync($"{TypesHost.V1}/document-type", body);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = Guid.Parse(created.Headers.GetValues(ManagementResults.GeneratedResourceHeader).Single());
        Assert.Contains("<Alias>quote</Alias>", await File.ReadAllTextAsync(TypeFile("quoteBlock")));
        Assert.True((await ContentTypes.GetAsync(id))!.IsElement);

        using var deleted = await host.Admin.DeleteAsync($"{TypesHost.V1}/document-type/{id}");

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Null(await ContentTypes.GetAsync(id));
        Assert.Contains("Change=\"Delete\"", await File.ReadAllTextAsync(TypeFile("quoteBlock")));
    }

    private async Task<JsonObject> EditableAsync(string id, string path = "document-type") =>
        JsonNode.Parse((await host.GetJsonAsync(host.Admin, $"/{path}/{id}")).GetRawText())!.AsObject();

    private static JsonObject Property(JsonObject type, string alias) =>
        type["properties"]!.AsArray().Select(p => p!.AsObject()).Single(p => p["alias"]!.GetValue<string>() == alias);

    private string TypeFile(string alias) => Path.Combine(host.USyncFolder, "ContentTypes", alias.ToLowerInvariant() + ".config");

    private async Task<SelfHelp.Core.Content.ContentItem> AnyItemOfTypeAsync(string alias)
    {
        var pending = new Queue<int>([-1]);
        while (pending.TryDequeue(out var parent))
        {
            foreach (var child in await host.Content.GetChildrenAsync(parent))
            {
                if (child.ContentTypeAlias == alias)
                {
                    return child;
                }
                pending.Enqueue(child.Id);
            }
        }
        throw new InvalidOperationException($"the demo content has no {alias}");
    }
}
