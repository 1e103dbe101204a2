using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SelfHelp.Core.Forms.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace SelfHelp.Web.Tests.Forms;

public sealed class DeliveryApiTests(FormsHost host) : IClassFixture<FormsHost>
{
    private async Task<Guid> KeyAsync(string name) => (await host.Services.GetRequiredService<IFormService>().GetAsync(name))!.Key;

    private HttpClient ServerClient()
    {
        var client = host.Client();
        client.DefaultRequestHeaders.Add("Api-Key", FormsHost.ApiKey);
        return client;
    }

    [Fact]
    public async Task A_definition_has_umbracos_form_dto_shape_in_the_asked_culture()
    {
        var dto = await host.Client().GetFromJsonAsync<JsonElement>($"/umbraco/forms/delivery/api/v1/definitions/{await KeyAsync("volunteerSignUp")}?culture=zh-HK");

        Assert.Equal("volunteerSignUp", dto.GetProperty("name").GetString());
        Assert.Equal("MarkMandatoryFields", dto.GetProperty("fieldIndicationType").GetString());
        var fields = dto.GetProperty("pages")[0].GetProperty("fieldsets")[0].GetProperty("columns")[0].GetProperty("fields");
        var name = fields.EnumerateArray().Single(f => f.GetProperty("alias").GetString() == "name");
        Assert.Equal("你的姓名", name.GetProperty("caption").GetString());
        Assert.True(name.GetProperty("required").GetBoolean());
        Assert.Equal("3f92e01b-29e2-4a30-bf33-9df5580ed52c", name.GetProperty("type").GetProperty("id").GetString());
        var other = fields.EnumerateArray().Single(f => f.GetProperty("alias").GetString() == "otherSkill");
        Assert.Equal("Show", other.GetProperty("condition").GetProperty("actionType").GetString());
        Assert.True(fields.EnumerateArray().Single(f => f.GetProperty("alias").GetString() == "supportNeeds").GetProperty("containsSensitiveData").GetBoolean());
        Assert.Equal("沙田區", fields.EnumerateArray().Single(f => f.GetProperty("alias").GetString() == "districts").GetProperty("preValues").EnumerateArray()
            .Single(p => p.GetProperty("value").GetString() == "shaTin").GetProperty("caption").GetString());
    }

    [Fact]
    public async Task An_unknown_form_is_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client().GetAsync($"/umbraco/forms/delivery/api/v1/definitions/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_valid_entry_is_202_with_the_message_to_show()
    {
        var response = await ServerClient().PostAsJsonAsync($"/umbraco/forms/delivery/api/v1/entries/{await KeyAsync("contactGroup")}", new
        {
            values = new Dictionary<string, object> { ["name"] = "Ng Ka Ho", ["email"] = "ka.ho@example.com", ["message"] = new[] { "Hi" }, ["dataConsent"] = "true" },
            contentId = host.Group.Key, culture = "zh-HK",
        });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("多謝。我們已把你的訊息轉交組織，組織會以電郵回覆你。", body.GetProperty("messageOnSubmit").GetString());
        Assert.False(body.GetProperty("messageOnSubmitIsHtml").GetBoolean());
        Assert.DoesNotContain(FormsHost.GroupAddress, body.GetRawText());
    }

    [Fact]
    public async Task An_invalid_entry_is_422_with_errors_by_alias()
    {
        var response = await ServerClient().PostAsJsonAsync($"/umbraco/forms/delivery/api/v1/entries/{await KeyAsync("contactGroup")}", new
        {
            values = new Dictionary<string, object> { ["email"] = "ka.ho@example.com", ["message"] = "Hi", ["dataConsent"] = "true" },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Please provide a value for Your name", body.GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.Equal(422, body.GetProperty("status").GetInt32());
        Assert.Equal("One or more validation errors occurred.", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_disallowed_upload_is_422_not_accepted()
    {
        var program = "data:application/octet-stream;base64," + Convert.ToBase64String([(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0]);
        var response = await ServerClient().PostAsJsonAsync($"/umbraco/forms/delivery/api/v1/entries/{await KeyAsync("shareYourStory")}", new
        {
            values = new Dictionary<string, object>
            {
                ["storyTitle"] = "T", ["groupName"] = "G", ["narratorName"] = "N", ["story"] = "S", ["email"] = "n@example.com", ["dataConsent"] = "true",
                ["photo"] = new[] { new { fileName = "photo.jpg", fileContents = program } },
            },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("photo", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task An_unreadable_body_is_400_and_a_wrong_content_type_is_415()
    {
        var url = $"/umbraco/forms/delivery/api/v1/entries/{await KeyAsync("contactGroup")}";

        var broken = await ServerClient().PostAsync(url, new StringContent("{\"values\": [", Encoding.UTF8, "application/json"));
        var form = await ServerClient().PostAsync(url, new FormUrlEncodedContent([new("name", "x")]));

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
    }

    [Fact]
    public async Task A_browser_post_without_an_antiforgery_token_or_api_key_is_400()
    {
        var response = await host.Client().PostAsJsonAsync($"/umbraco/forms/delivery/api/v1/entries/{await KeyAsync("contactGroup")}", new { values = new { name = "x" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Every_entry_accepted_during_a_burst_of_concurrent_api_posts_is_stored()
    {
        var key = await KeyAsync("requestSupport");
        var client = ServerClient();
        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => client.PostAsJsonAsync($"/umbraco/forms/delivery/api/v1/entries/{key}", new
        {
            values = new Dictionary<string, object>
            {
                ["groupName"] = $"Burst group {i}", ["contactName"] = "C", ["email"] = $"burst{i}@example.com", ["district"] = "kwunTong",
                ["skills"] = new[] { "administration" }, ["need"] = "Help", ["urgency"] = "low", ["dataConsent"] = "true",
            },
        })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        var entries = host.Services.GetRequiredService<SelfHelp.Core.Forms.Entries.IFormEntryService>();
        var stored = (await entries.ListAsync(new(key, Search: "Burst group"), new(Take: 1000))).Items;
        Assert.Equal(30, stored.Count);
    }
}
