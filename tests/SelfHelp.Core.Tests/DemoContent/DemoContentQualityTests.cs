using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.DemoContent;
using SelfHelp.Core.Tests.Testing;
using Umbraco.Cms.Core;
using static SelfHelp.Core.Tests.DemoContent.DemoSite;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.Tests.DemoContent;

[Collection(SeededSiteCollection.Name)]
public sealed class DemoContentQualityTests(SeededSiteFixture site)
{
    private static readonly string[] Placeholders = ["lorem", "ipsum", "dolor sit", "placeholder", "TODO", "TBC", "xxx"];

    // Simplified forms whose Traditional counterparts differ: Hong Kong readers expect Traditional Chinese.
    private const string SimplifiedOnly = "这们说时发为会对过还没样经现问题关进动给让买见无门马车东长开书区学习语话认识应该请谢欢爱么与专业个办单报网络组织员议记录护务帮继续独处亲儿妈";

    private TestEngine Engine => site.Engine;

    [Fact]
    public void Every_live_item_is_named_in_both_languages_except_the_deliberately_english_only_ones()
    {
        var englishOnly = DemoContentData.All.Where(i => !i.IsDraft && !i.Publish.Contains(Chinese)).Select(i => i.Key).ToList();
        var live = Engine.Cache.Current.All.ToList();

        Assert.Single(englishOnly);
        Assert.Equal(DemoContentData.All.Count(i => !i.IsDraft), live.Count);
        Assert.All(live.Where(c => !englishOnly.Contains(c.Key)), c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.GetName(English)), c.Key.ToString());
            Assert.False(string.IsNullOrWhiteSpace(c.GetName(Chinese)), c.Key.ToString());
        });
        Assert.All(live.Where(c => englishOnly.Contains(c.Key)), c => Assert.False(c.IsVisibleIn(Chinese)));
    }

    [Fact]
    public async Task Every_seeded_item_passes_validation_for_the_cultures_it_is_published_in()
    {
        var validator = Engine.Services.GetRequiredService<ContentValidator>();

        foreach (var document in site.Documents)
        {
            var type = (await Engine.ContentTypes.GetAsync(document.ContentTypeAlias))!;
            var errors = await validator.ValidateAsync(document, type, document.PublishedCultures.Keys.ToList(), CancellationToken.None);
            Assert.True(errors.Count == 0, $"{document.Key}: {string.Join("; ", errors.Select(e => $"{e.Alias}/{e.Culture}: {e.Message}"))}");
        }
    }

    [Fact]
    public async Task Every_picker_points_at_an_item_live_in_the_same_languages()
    {
        var pickers = 0;
        foreach (var item in Engine.Cache.Current.All)
        {
            var type = (await Engine.ContentTypes.GetAsync(item.ContentTypeAlias))!;
            foreach (var property in type.Properties.Where(p => p.EditorAlias == Aliases.MultiNodeTreePicker))
            {
                var value = item.GetValue<string>(property.Alias, English);
                foreach (var reference in value?.Split(',') ?? [])
                {
                    pickers++;
                    Assert.True(UdiParser.TryParse(reference, out Udi? udi) && udi is GuidUdi, reference);
                    var target = Engine.Cache.Current.GetByKey(((GuidUdi)udi).Guid);
                    Assert.NotNull(target);
                    Assert.All(item.Cultures.Keys, c => Assert.True(target.IsVisibleIn(c), $"{item.Key}.{property.Alias} -> {target.Key} in {c}"));
                }
            }
        }
        Assert.True(pickers >= 20, $"only {pickers} picked items");
    }

    [Fact]
    public void No_text_is_placeholder_text()
    {
        foreach (var document in site.Documents)
        {
            var text = JsonSerializer.Serialize(document.Draft, ContentJson.Options);
            Assert.All(Placeholders, p => Assert.DoesNotContain(p, text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Chinese_text_is_written_in_traditional_characters()
    {
        foreach (var document in site.Documents)
        {
            var chinese = string.Concat(document.Draft.Names.Where(n => n.Key == Chinese).Select(n => n.Value))
                + string.Concat(document.Draft.Properties.Values.SelectMany(v => v.Where(c => c.Key == Chinese)).Select(c => c.Value.GetRawText()));
            Assert.True(chinese.Length > 0 || !document.VariesByCulture, $"{document.Key} has no Chinese");
            Assert.DoesNotContain(chinese, c => SimplifiedOnly.Contains(c));
        }
    }

    [Fact]
    public void The_story_awaiting_consent_is_saved_but_not_live()
    {
        var story = site.Document("50000000-0000-4000-8000-00000000000b");

        Assert.Equal(["pending"], story.GetValue<string[]>("consentStatus")!);
        Assert.False(story.IsPublished());
        Assert.Null(Engine.Cache.Current.GetByKey(story.Key));
    }

    [Fact]
    public void The_embargoed_story_is_live_with_its_embargo_still_ahead()
    {
        var story = Engine.Cache.Current.GetByKey(Guid.Parse("50000000-0000-4000-8000-00000000000c"))!;

        Assert.True(story.IsVisibleIn(English) && story.IsVisibleIn(Chinese));
        Assert.True(story.GetValue<DateTime>("embargoUntil", English) > Engine.Clock.GetUtcNow().UtcDateTime);
        var featured = Engine.Live("home").Single().GetValue<string>("featuredStories", English)!;
        Assert.DoesNotContain("50000000000040008000000000000c", featured.Replace("-", ""));
    }

    [Fact]
    public void The_untranslated_guidance_article_is_live_in_english_and_keeps_its_chinese_draft()
    {
        var article = site.Document("90000000-0000-4000-8000-000000000005");

        Assert.True(article.IsPublished(English));
        Assert.False(article.IsPublished(Chinese));
        Assert.Equal("為小型小組尋找資助", article.GetValue<string>("title", Chinese));
        Assert.False(Engine.Cache.Current.GetByKey(article.Key)!.IsVisibleIn(Chinese));
    }
}
