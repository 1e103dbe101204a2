using System.Text.Json;
using SelfHelp.Core.DemoContent;
using static SelfHelp.Core.Tests.DemoContent.DemoSite;

namespace SelfHelp.Core.Tests.DemoContent;

/// <summary>Demo values are stored exactly as Umbraco 17 stores what an editor saves.</summary>
[Collection(SeededSiteCollection.Name)]
public sealed class DemoContentStorageTests(SeededSiteFixture site)
{
    private const string ShamShuiPo = "d0000000-0000-4000-8000-000000000006";
    private const string CarersGroup = "60000000-0000-4000-8000-000000000001";
    private const string CarersStory = "50000000-0000-4000-8000-000000000001";

    [Fact]
    public async Task District_statistics_are_an_umbraco_block_list_of_culture_varying_stat_items()
    {
        var statItem = (await site.Engine.ContentTypes.GetAsync("statItem"))!;
        var value = site.Stored(ShamShuiPo, "statistics");

        var layout = value.GetProperty("layout").GetProperty("Umbraco.BlockList").EnumerateArray().Select(l => l.GetProperty("contentKey").GetGuid()).ToList();
        var blocks = value.GetProperty("contentData").EnumerateArray().ToList();
        Assert.Equal(layout, blocks.Select(b => b.GetProperty("key").GetGuid()));
        Assert.Empty(value.GetProperty("settingsData").EnumerateArray());
        Assert.All(blocks, b => Assert.Equal(statItem.Key, b.GetProperty("contentTypeKey").GetGuid()));

        var first = blocks[0].GetProperty("values").EnumerateArray().ToList();
        Assert.Equal("人口", Single(first, "label", Chinese).GetProperty("value").GetString());
        Assert.Equal("431,000", Single(first, "value", null).GetProperty("value").GetString());
        Assert.Equal(2021, Single(first, "year", null).GetProperty("value").GetInt32());
        Assert.Equal("Umbraco.TextBox", Single(first, "label", English).GetProperty("editorAlias").GetString());

        var exposed = value.GetProperty("expose").EnumerateArray().Select(e => (e.GetProperty("contentKey").GetGuid(), e.GetProperty("culture").GetString())).ToList();
        Assert.Equal(layout.SelectMany(k => new[] { (k, (string?)English), (k, Chinese) }).Order(), exposed.Order());
    }

    [Fact]
    public void Rich_text_is_stored_as_markup_without_blocks()
    {
        var body = site.Stored(CarersStory, "body", Chinese);

        Assert.StartsWith("<p>", body.GetProperty("markup").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("blocks").ValueKind);
    }

    [Fact]
    public void Pickers_hold_document_udis_and_taxonomies_hold_lists_of_keys()
    {
        Assert.Equal("umb://document/60000000000040008000000000000001", site.Stored(CarersStory, "group").GetString());
        Assert.Equal(["shamShuiPo"], site.Stored(CarersStory, "district").Deserialize<string[]>()!);
        Assert.Equal(["carers", "olderPeople"], site.Stored(CarersGroup, "topics").Deserialize<string[]>()!);
        Assert.Equal(JsonValueKind.Array, site.Stored(CarersStory, "themes").ValueKind);
        Assert.Equal(2009, site.Stored(CarersGroup, "foundedYear").GetInt32());
    }

    [Fact]
    public void Documents_keep_the_keys_the_demo_data_gives_them()
    {
        Assert.Equal(DemoContentData.All.Select(i => i.Key).Order(), site.Documents.Select(d => d.Key).Order());
        Assert.Equal("Sham Shui Po", site.Document(ShamShuiPo).GetName(English));
    }

    [Fact]
    public void Block_keys_are_name_based_uuids_so_every_seeding_gives_the_same_keys()
    {
        // The RFC 4122 example: the version 5 UUID of "www.example.com" in the DNS namespace.
        var dns = Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(Guid.Parse("2ed6657d-e927-568b-95e1-2665a8aea6a2"), BlockListValue.KeyFor(dns, "www.example.com"));
        Assert.Equal(BlockListValue.KeyFor(Guid.Parse(ShamShuiPo), "statistics/0"), site.Stored(ShamShuiPo, "statistics")
            .GetProperty("contentData")[0].GetProperty("key").GetGuid());
    }

    private static JsonElement Single(IEnumerable<JsonElement> values, string alias, string? culture) =>
        values.Single(v => v.GetProperty("alias").GetString() == alias && v.GetProperty("culture").GetString() == culture);
}
