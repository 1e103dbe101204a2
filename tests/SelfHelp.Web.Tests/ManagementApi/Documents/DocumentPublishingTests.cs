using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Publishing;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Tests.Testing;
using static SelfHelp.Web.Tests.ManagementApi.Documents.DocumentRequests;

namespace SelfHelp.Web.Tests.ManagementApi.Documents;

/// <summary>The Management API host with the public Delivery API on, to see what publishing makes live.</summary>
public sealed class PublishingHost : ManagementApiHost
{
    protected override void Setup(SiteSetup site)
    {
        base.Setup(site);
        site.WithPublicDeliveryApi();
    }
}

public sealed class DocumentPublishingTests(PublishingHost host) : IClassFixture<PublishingHost>
{
    private const string Delivery = "/umbraco/delivery/api/v2/content/item";

    [Fact]
    public async Task Publishing_english_only_puts_it_on_the_delivery_api_and_leaves_chinese_a_draft()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var id = await CreateStoryAsync(editor, "Published in English", "只發佈英文");

        using var published = await editor.PutAsJsonAsync($"{V1}/document/{id}/publish", PublishNow(English));

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var document = await editor.GetFromJsonAsync<JsonElement>($"{V1}/document/{id}");
        Assert.Equal("Published", Variant(document, English).GetProperty("state").GetString());
        Assert.NotEqual(JsonValueKind.Null, Variant(document, English).GetProperty("publishDate").ValueKind);
        Assert.Equal("Draft", Variant(document, Chinese).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, (await DeliveryAsync(id, English)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DeliveryAsync(id, Chinese)).StatusCode);
        var live = await editor.GetFromJsonAsync<JsonElement>($"{V1}/document/{id}/published");
        Assert.Equal([English], live.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("culture").GetString()));
    }

    [Fact]
    public async Task A_change_after_publishing_shows_as_pending_until_published_again()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var id = await CreateStoryAsync(editor, "Pending", "待定");
        await editor.PutAsJsonAsync($"{V1}/document/{id}/publish", PublishNow(English, Chinese));

        await editor.PutAsJsonAsync($"{V1}/document/{id}", await UpdateOfAsync(editor, id, "title", English, "Changed title"));

        var document = await editor.GetFromJsonAsync<JsonElement>($"{V1}/document/{id}");
        Assert.Equal("PublishedPendingChanges", Variant(document, English).GetProperty("state").GetString());
        Assert.Equal("Published", Variant(document, Chinese).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Chinese_scheduled_for_later_is_published_when_the_schedule_runs()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var id = await CreateStoryAsync(editor, "Scheduled", "已排程");
        var at = DateTimeOffset.UtcNow.AddDays(2);

        using var response = await editor.PutAsJsonAsync($"{V1}/document/{id}/publish", new
        {
            publishSchedules = new object[]
            {
                new { culture = English, schedule = (object?)null },
                new { culture = Chinese, schedule = new { publishTime = at, unpublishTime = (DateTimeOffset?)null } },
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await editor.GetFromJsonAsync<JsonElement>($"{V1}/document/{id}");
        Assert.Equal("Draft", Variant(document, Chinese).GetProperty("state").GetString());
        var scheduled = Variant(document, Chinese).GetProperty("scheduledPublishDate").GetDateTimeOffset();
        Assert.Equal(at.ToUnixTimeSeconds(), scheduled.ToUnixTimeSeconds());
        Assert.Equal(JsonValueKind.Null, Variant(document, English).GetProperty("scheduledPublishDate").ValueKind);

        await host.Services.GetRequiredService<IScheduledPublisher>().RunDueAsync(at.UtcDateTime.AddMinutes(1));

        document = await editor.GetFromJsonAsync<JsonElement>($"{V1}/document/{id}");
        Assert.Equal("Published", Variant(document, Chinese).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, (await DeliveryAsync(id, Chinese)).StatusCode);
    }

    [Fact]
    public async Task A_schedule_in_the_past_is_refused()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var id = await CreateStoryAsync(editor, "Too late", "太遲");

        using var response = await editor.PutAsJsonAsync($"{V1}/document/{id}/publish", new
        {
            publishSchedules = new[] { new { culture = Chinese, schedule = new { publishTime = DateTimeOffset.UtcNow.AddDays(-1) } } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PublishTimeNeedsToBeInFuture", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("operationStatus").GetString());
    }

    [Fact]
    public async Task Publishing_a_culture_with_a_missing_mandatory_value_is_refused_with_its_path()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var id = await CreateStoryAsync(editor, "No Chinese title", "沒有中文標題");
        await editor.PutAsJsonAsync($"{V1}/document/{id}", await UpdateOfAsync(editor, id, "title", Chinese, ""));

        using var response = await editor.PutAsJsonAsync($"{V1}/document/{id}/publish", PublishNow(Chinese));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("#validation_invalidNull",
            errors.GetProperty("$.values[?(@.alias == 'title' && @.culture == 'zh-HK' && @.segment == null)].value")[0].GetString());
    }

    [Fact]
    public async Task A_writer_may_save_but_not_publish_or_unpublish()
    {
        var writer = await host.SignedInAsync(BackOfficeUserGroups.Writer);
        var id = await CreateStoryAsync(writer, "Written", "撰寫");

        using var publish = await writer.PutAsJsonAsync($"{V1}/document/{id}/publish", PublishNow(English));
        using var unpublish = await writer.PutAsJsonAsync($"{V1}/document/{id}/unpublish", new { cultures = new[] { English } });

        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unpublish.StatusCode);
        var document = await writer.GetFromJsonAsync<JsonElement>($"{V1}/document/{id}");
        Assert.Equal("Draft", Variant(document, English).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Unpublishing_chinese_leaves_english_live()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var id = await CreateStoryAsync(editor, "Both live", "兩者皆上線");
        await editor.PutAsJsonAsync($"{V1}/document/{id}/publish", PublishNow(English, Chinese));

        using var response = await editor.PutAsJsonAsync($"{V1}/document/{id}/unpublish", new { cultures = new[] { Chinese } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await editor.GetFromJsonAsync<JsonElement>($"{V1}/document/{id}");
        Assert.Equal("Published", Variant(document, English).GetProperty("state").GetString());
        Assert.Equal("Draft", Variant(document, Chinese).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await DeliveryAsync(id, Chinese)).StatusCode);
    }

    [Fact]
    public async Task Publishing_with_descendants_publishes_the_children_and_the_task_it_names_is_complete()
    {
        var editor = await host.SignedInAsync(BackOfficeUserGroups.Editor);
        var library = host.Content;
        var story = await CreateStoryAsync(editor, "Parent story", "上層故事");
        await editor.PutAsJsonAsync($"{V1}/document/{story}/publish", PublishNow(English));

        using var response = await editor.PutAsJsonAsync($"{V1}/document/{StoryLibrary}/publish-with-descendants",
            new { includeUnpublishedDescendants = true, cultures = new[] { Chinese } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var task = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(task.GetProperty("isComplete").GetBoolean());
        var result = await editor.GetFromJsonAsync<JsonElement>(
            $"{V1}/document/{StoryLibrary}/publish-with-descendants/result/{task.GetProperty("taskId").GetGuid()}");
        Assert.True(result.GetProperty("isComplete").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound,
            (await editor.GetAsync($"{V1}/document/{StoryLibrary}/publish-with-descendants/result/{Guid.NewGuid()}")).StatusCode);
        Assert.True((await library.GetAsync(story))!.IsPublished(Chinese));
    }

    private async Task<HttpResponseMessage> DeliveryAsync(Guid id, string culture)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Delivery}/{id}");
        request.Headers.Add("Accept-Language", culture);
        return await host.Client().SendAsync(request);
    }
}
