using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Dictionary;
using SelfHelp.Core.Tests.Testing;

namespace SelfHelp.Core.Tests.Dictionary;

public sealed class DictionaryServiceTests
{
    [SkippableTheory]
    [StorageProviders]
    public async Task A_label_is_found_by_its_item_key_in_each_language_it_was_translated_into(string provider)
    {
        await using var engine = await TestEngine.StartAsync(provider);
        var dictionary = engine.Services.GetRequiredService<IDictionaryService>();

        await dictionary.SaveAsync(Item("district.shamShuiPo", ("en-US", "Sham Shui Po"), ("zh-HK", "深水埗區")));

        Assert.Equal("深水埗區", await dictionary.GetTranslationAsync("district.shamShuiPo", "zh-HK"));
        Assert.Equal("Sham Shui Po", await dictionary.GetTranslationAsync("District.ShamShuiPo", "en-us"));
        Assert.Null(await dictionary.GetTranslationAsync("district.shamShuiPo", "fr-FR"));
        Assert.Null(await dictionary.GetTranslationAsync("district.wanChai", "en-US"));
    }

    [Fact]
    public async Task Deleting_a_parent_deletes_its_children_and_announces_each()
    {
        await using var engine = await TestEngine.StartAsync();
        var dictionary = engine.Services.GetRequiredService<IDictionaryService>();
        var topic = Item("topic", ("en-US", "Topics"));
        await dictionary.SaveAsync(topic);
        var carers = Item("topic.carers", ("en-US", "Carers"));
        carers.ParentKey = topic.Key;
        await dictionary.SaveAsync(carers);
        await dictionary.SaveAsync(Item("audience", ("en-US", "Audience")));

        await dictionary.DeleteAsync(topic.Key);

        Assert.Equal(["audience"], (await dictionary.GetAllAsync()).Select(i => i.ItemKey));
    }

    [Fact]
    public async Task Two_items_cannot_share_an_item_key()
    {
        await using var engine = await TestEngine.StartAsync();
        var dictionary = engine.Services.GetRequiredService<IDictionaryService>();
        await dictionary.SaveAsync(Item("topic", ("en-US", "Topics")));

        await Assert.ThrowsAsync<Microsoft.EntityFrameworkCore.DbUpdateException>(() => dictionary.SaveAsync(Item("topic", ("en-US", "Themes"))));

        Assert.Equal("Topics", await dictionary.GetTranslationAsync("topic", "en-US"));
    }

    private static DictionaryItem Item(string itemKey, params (string Culture, string Text)[] translations) => new()
    {
        Key = Guid.NewGuid(),
        ItemKey = itemKey,
        Translations = translations.ToDictionary(t => t.Culture, t => t.Text, StringComparer.OrdinalIgnoreCase),
    };
}
