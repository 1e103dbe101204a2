using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.ManagementApi.Security;
using static SelfHelp.Web.Tests.ManagementApi.Documents.DocumentRequests;

namespace SelfHelp.Web.Tests.ManagementApi.Documents;

public sealed class DocumentEditingTests(ManagementApiHost host) : IClassFixture<ManagementApiHost>
{
    [Fact]
    public async Task A_bilingual_story_is_created_with_the_clients_id_and_read_back_in_the_clients_shapes()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var id = Guid.NewGuid();

        using var created = await editor.PostAsJsonAsync($"{V1}/document", BilingualStory(id, "Walking together", "同行"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(id.ToString(), created.Headers.GetValues("Umb-Generated-Resource").Single());
        var document = await editor.GetFromJsonAsync<JsonElement>($"{V1}/document/{id}");
        Assert.Equal(id, document.GetProperty("id").GetGuid());
        Assert.False(document.GetProperty("isTrashed").GetBoolean());
        Assert.Equal(StoryType, document.GetProperty("documentType").GetProperty("id").GetGuid());
        Assert.Equal("icon-quote", document.GetProperty("documentType").GetProperty("icon").GetString());
        Assert.Equal("Walking together", Variant(document, English).GetProperty("name").GetString());
        Assert.Equal("同行", Variant(document, Chinese).GetProperty("name").GetString());
        Assert.All(document.GetProperty("variants").EnumerateArray(), v => Assert.Equal("Draft", v.GetProperty("state").GetString()));
        var title = document.GetProperty("values").EnumerateArray()
            .Single(v => v.GetProperty("alias").GetString() == "title" && v.GetProperty("culture").GetString() == Chinese);
        Assert.Equal("同行標題", title.GetProperty("value").GetString());
        Assert.Equal("Umbraco.TextBox", title.GetProperty("editorAlias").GetString());
        Assert.Equal(JsonValueKind.Null, title.GetProperty("segment").ValueKind);
    }

    [Fact]
    public async Task Validating_a_new_story_keys_a_missing_mandatory_value_by_the_clients_own_path()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);

        using var response = await editor.PostAsJsonAsync($"{V1}/document/validate", BilingualStory(Guid.NewGuid(), "Untitled", "無題", chineseTitle: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("PropertyValidationError", problem.GetProperty("operationStatus").GetString());
        var errors = problem.GetProperty("errors");
        // The Chinese title was sent (as null) at index 2; the English one is filled in, so it has no error.
        Assert.Equal("#validation_invalidNull", errors.GetProperty("$.values[2].value")[0].GetString());
        Assert.Single(errors.EnumerateObject());
    }

    [Fact]
    public async Task Validating_an_update_for_one_culture_ignores_what_another_culture_lacks()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var id = await CreateStoryAsync(editor, "Half done", "未完成");
        var update = await UpdateOfAsync(editor, id, "title", Chinese, "");
        var body = JsonSerializer.SerializeToElement(update, JsonSerializerOptions.Web);
        var forEnglish = new { values = body.GetProperty("values"), variants = body.GetProperty("variants"), cultures = new[] { English } };
        var forChinese = new { values = body.GetProperty("values"), variants = body.GetProperty("variants"), cultures = new[] { Chinese } };

        using var english = await editor.PutAsJsonAsync($"/umbraco/management/api/v1.1/document/{id}/validate", forEnglish);
        using var chinese = await editor.PutAsJsonAsync($"/umbraco/management/api/v1.1/document/{id}/validate", forChinese);

        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, chinese.StatusCode);
        var errors = (await chinese.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var path = Assert.Single(errors.EnumerateObject()).Name;
        Assert.Matches(@"^\$\.values\[\d+\]\.value$", path);
    }

    [Fact]
    public async Task A_value_that_does_not_fit_its_editor_is_refused_on_save_with_its_path()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var id = await CreateStoryAsync(editor, "Dated", "有日期");
        var body = JsonSerializer.SerializeToElement(await UpdateOfAsync(editor, id, "title", English, "Dated"), JsonSerializerOptions.Web);
        var values = body.GetProperty("values").EnumerateArray().Cast<object>()
            .Append(new { alias = "noSuchProperty", culture = (string?)null, segment = (string?)null, value = "x" }).ToList();

        using var response = await editor.PutAsJsonAsync($"{V1}/document/{id}", new { values, variants = body.GetProperty("variants") });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty($"$.values[{values.Count - 1}].value", out _), errors.ToString());
    }

    [Fact]
    public async Task An_update_saves_the_draft_and_a_value_left_out_is_cleared()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var id = await CreateStoryAsync(editor, "Before", "之前");
        var body = JsonSerializer.SerializeToElement(await UpdateOfAsync(editor, id, "title", English, "After title"), JsonSerializerOptions.Web);
        var withoutSummary = body.GetProperty("values").EnumerateArray().Where(v => v.GetProperty("alias").GetString() != "summary").ToList();

        using var saved = await editor.PutAsJsonAsync($"{V1}/document/{id}", new { values = withoutSummary, variants = body.GetProperty("variants") });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var document = await editor.GetFromJsonAsync<JsonElement>($"{V1}/document/{id}");
        var values = document.GetProperty("values").EnumerateArray().ToList();
        Assert.Contains(values, v => v.GetProperty("alias").GetString() == "title" && v.GetProperty("value").GetString() == "After title");
        Assert.DoesNotContain(values, v => v.GetProperty("alias").GetString() == "summary");
    }

    [Fact]
    public async Task A_translator_may_change_chinese_but_not_english()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var translator = await host.SignedInAsync(BackOfficeUserGroups.Translator);
        var id = await CreateStoryAsync(editor, "Translate me", "翻譯我");

        using var english = await translator.PutAsJsonAsync($"{V1}/document/{id}", await UpdateOfAsync(translator, id, "title", English, "Changed"));
        using var chinese = await translator.PutAsJsonAsync($"{V1}/document/{id}", await UpdateOfAsync(translator, id, "title", Chinese, "已修改"));

        Assert.Equal(HttpStatusCode.Forbidden, english.StatusCode);
        Assert.Equal(HttpStatusCode.OK, chinese.StatusCode);
        var document = await editor.GetFromJsonAsync<JsonElement>($"{V1}/document/{id}");
        var titles = document.GetProperty("values").EnumerateArray().Where(v => v.GetProperty("alias").GetString() == "title")
            .ToDictionary(v => v.GetProperty("culture").GetString()!, v => v.GetProperty("value").GetString());
        Assert.Equal("Translate me title", titles[English]);
        Assert.Equal("已修改", titles[Chinese]);
    }

    [Fact]
    public async Task A_translator_may_not_create_documents_and_a_writer_may()
    {
        var translator = await host.SignedInAsync(BackOfficeUserGroups.Translator);
        var writer = await host.SignedInAsync(BackOfficeUserGroups.Writer);

        using var refused = await translator.PostAsJsonAsync($"{V1}/document", BilingualStory(Guid.NewGuid(), "Nope", "不行"));
        using var created = await writer.PostAsJsonAsync($"{V1}/document", BilingualStory(Guid.NewGuid(), "Written", "撰寫"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task A_type_not_allowed_beneath_the_parent_is_refused()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var story = JsonSerializer.SerializeToElement(BilingualStory(Guid.NewGuid(), "At the root", "在根"), JsonSerializerOptions.Web);

        using var response = await editor.PostAsJsonAsync($"{V1}/document", new
        {
            id = Guid.NewGuid(), parent = (object?)null, documentType = new { id = StoryType },
            variants = story.GetProperty("variants"), values = story.GetProperty("values"),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
