using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.DeliveryApi;
using SelfHelp.Core.DeliveryApi.Reading;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.DeliveryApi;

/// <summary>The engine side of the Delivery API, with a clock the test controls (the host tests cannot move time).</summary>
public sealed class DeliveryContentReaderTests : IAsyncLifetime
{
    private static readonly DataType Consent = new() { Key = Guid.NewGuid(), Name = "Consent", EditorAlias = "Umbraco.DropDown.Flexible", ConfigurationJson = """{"items":["pending","given"]}""" };

    private static readonly ContentType Story = new ContentTypeBuilder("story").VariesByCulture()
        .AddProperty("title", Text, variesByCulture: true)
        .AddProperty("consentStatus", Consent)
        .AddProperty("embargoUntil", Date)
        .AddProperty("startsAt", Date)
        .Build();

    private TestEngine _engine = null!;
    private ContentItem _site = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync(configure: b =>
        {
            b.Configuration["Umbraco:CMS:DeliveryApi:Enabled"] = "true";
            b.AddDeliveryApiCore();
        });
        await _engine.DataTypes.SaveAsync(Consent);
        await _engine.ContentTypes.SaveAsync(Story);
        var site = await _engine.ContentTypes.GetAsync("site");
        site!.AllowedChildren.Add(new AllowedChildType(Story.Key, "story", 1));
        await _engine.ContentTypes.SaveAsync(site);
        _site = await _engine.PublishSiteAsync();
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private IDeliveryContentReader Reader => _engine.Services.GetRequiredService<IDeliveryContentReader>();

    [Fact]
    public async Task An_embargoed_story_enters_items_and_queries_once_the_clock_passes_its_embargo()
    {
        var story = await _engine.Content.CreateAsync("Embargoed", _site.Id, "story", English);
        story.SetValue("consentStatus", new[] { "given" });
        story.SetValue("embargoUntil", "2026-06-01T12:00:00Z");
        TestEngine.Succeeded(await _engine.Content.PublishAsync(story, [English]));

        var before = await QueryKeysAsync($"children:{_site.Key}");
        var itemBefore = await Reader.GetByIdAsync(await RequestAsync(), story.Key);
        _engine.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 1, 12, 0, 1, TimeSpan.Zero));
        var after = await QueryKeysAsync($"children:{_site.Key}");
        var itemAfter = await Reader.GetByIdAsync(await RequestAsync(), story.Key);

        Assert.Empty(before);
        Assert.Equal(ItemReadStatus.NotFound, itemBefore.Status);
        Assert.Equal([story.Key], after);
        Assert.Equal(ItemReadStatus.Found, itemAfter.Status);
    }

    [Fact]
    public async Task Sorting_on_a_value_some_items_lack_puts_them_last_either_way_and_ties_keep_tree_order()
    {
        var keys = new Dictionary<string, Guid>();
        foreach (var (name, startsAt) in new[] { ("Undated one", (string?)null), ("Late", "2026-09-01T10:00:00Z"), ("Early", "2026-07-01T10:00:00Z"), ("Undated two", null), ("Early too", "2026-07-01T10:00:00Z") })
        {
            var story = await _engine.Content.CreateAsync(name, _site.Id, "story", English);
            story.SetValue("consentStatus", new[] { "given" });
            story.SetValue("startsAt", startsAt);
            keys[name] = TestEngine.Succeeded(await _engine.Content.PublishAsync(story, [English])).Key;
        }

        var ascending = await QueryKeysAsync($"children:{_site.Key}", sort: "startsAt:asc");
        var descending = await QueryKeysAsync($"children:{_site.Key}", sort: "startsAt:desc");

        Assert.Equal([keys["Early"], keys["Early too"], keys["Late"], keys["Undated one"], keys["Undated two"]], ascending);
        Assert.Equal([keys["Late"], keys["Early"], keys["Early too"], keys["Undated one"], keys["Undated two"]], descending);
    }

    [Fact]
    public async Task Query_answers_follow_publish_unpublish_move_and_sort_of_single_items()
    {
        var alpha = await PublishedPageAsync(_site.Id, "Alpha");
        var beta = await PublishedPageAsync(_site.Id, "Beta");
        var gamma = await PublishedPageAsync(alpha.Id, "Gamma");
        Assert.Equal([alpha.Key, gamma.Key, beta.Key], await QueryKeysAsync($"descendants:{_site.Key}"));

        gamma.SetName("Delta", English);
        TestEngine.Succeeded(await _engine.Content.PublishAsync(gamma, [English]));
        Assert.Equal([gamma.Key], await QueryKeysAsync($"descendants:{_site.Key}", filter: "name:delta"));
        Assert.Empty(await QueryKeysAsync($"descendants:{_site.Key}", filter: "name:gamma"));

        TestEngine.Succeeded(await _engine.Content.UnpublishAsync(beta.Id));
        Assert.Equal([alpha.Key, gamma.Key], await QueryKeysAsync($"descendants:{_site.Key}"));

        TestEngine.Succeeded(await _engine.Content.MoveAsync(gamma.Id, _site.Id));
        Assert.Empty(await QueryKeysAsync($"children:{alpha.Key}"));
        Assert.Equal([alpha.Key, gamma.Key], await QueryKeysAsync($"children:{_site.Key}"));
        Assert.Equal([_site.Key], await QueryKeysAsync($"ancestors:{gamma.Key}"));

        TestEngine.Succeeded(await _engine.Content.SortAsync(_site.Id, [gamma.Id, beta.Id, alpha.Id]));
        Assert.Equal([gamma.Key, alpha.Key], await QueryKeysAsync($"children:{_site.Key}"));
        Assert.Equal([gamma.Key, alpha.Key], await QueryKeysAsync($"children:{_site.Key}", sort: "sortOrder:asc"));
    }

    [Fact]
    public async Task A_publish_keeps_the_rendered_json_of_unrelated_items_and_renders_the_changed_one_again()
    {
        var alpha = await PublishedPageAsync(_site.Id, "Alpha");
        var beta = await PublishedPageAsync(_site.Id, "Beta");
        var alphaBefore = (await Reader.GetByIdAsync(await RequestAsync(), alpha.Key)).Json;
        var betaBefore = (await Reader.GetByIdAsync(await RequestAsync(), beta.Key)).Json;

        beta.SetValue("title", "Beta again", English);
        TestEngine.Succeeded(await _engine.Content.PublishAsync(beta, [English]));

        Assert.Same(alphaBefore, (await Reader.GetByIdAsync(await RequestAsync(), alpha.Key)).Json);
        Assert.NotSame(betaBefore, (await Reader.GetByIdAsync(await RequestAsync(), beta.Key)).Json);
    }

    [Fact]
    public async Task A_type_changed_on_another_node_renders_with_its_new_property_once_this_node_applies_the_journal()
    {
        await using var peer = await _engine.StartPeerAsync(b =>
        {
            b.Configuration["Umbraco:CMS:DeliveryApi:Enabled"] = "true";
            b.AddDeliveryApiCore();
        });
        var story = await _engine.Content.CreateAsync("Story", _site.Id, "story", English);
        story.SetValue("consentStatus", new[] { "given" });
        story = TestEngine.Succeeded(await _engine.Content.PublishAsync(story, [English]));
        async Task<JsonElement> OnPeerAsync()
        {
            await peer.Services.GetRequiredService<SelfHelp.Core.Journal.JournalApplier>().ApplyNewRowsAsync();
            var request = (await peer.Services.GetRequiredService<IDeliveryRequestFactory>().CreateAsync(null, null, false, null, null)).Request!;
            return Properties(await peer.Services.GetRequiredService<IDeliveryContentReader>().GetByIdAsync(request, story.Key));
        }
        Assert.False((await OnPeerAsync()).TryGetProperty("place", out _));

        var type = (await _engine.ContentTypes.GetAsync("story"))!;
        type.Properties.Add(new ContentTypeBuilder("scratch").AddProperty("place", Text).Build().Properties[0]);
        await _engine.ContentTypes.SaveAsync(type);
        story.SetValue("place", "Sham Shui Po");
        TestEngine.Succeeded(await _engine.Content.PublishAsync(story, [English]));

        Assert.Equal("Sham Shui Po", (await OnPeerAsync()).GetProperty("place").GetString());
    }

    private static JsonElement Properties(ItemReadResult read) =>
        read.Json is { } json ? JsonDocument.Parse(json.Utf8).RootElement.GetProperty("properties") : throw new Xunit.Sdk.XunitException($"The item was not rendered: {read.Status}");

    private async Task<ContentItem> PublishedPageAsync(int parentId, string name) =>
        TestEngine.Succeeded(await _engine.Content.PublishAsync(await _engine.SavePageAsync(parentId, name), ["*"]));

    private async Task<DeliveryRequest> RequestAsync() =>
        (await _engine.Services.GetRequiredService<IDeliveryRequestFactory>().CreateAsync(null, null, false, null, null)).Request!;

    private async Task<Guid[]> QueryKeysAsync(string fetch, string? sort = null, string? filter = null)
    {
        var result = await Reader.QueryAsync(await RequestAsync(), fetch, filter is null ? [] : [filter], sort is null ? [] : [sort], 0, 100);
        return JsonDocument.Parse(result.Json!.Utf8).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray();
    }
}
