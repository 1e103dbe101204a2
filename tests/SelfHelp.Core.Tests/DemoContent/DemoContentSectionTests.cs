using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.DemoContent.DemoSite;

namespace SelfHelp.Core.Tests.DemoContent;

[Collection(SeededSiteCollection.Name)]
public sealed class DemoContentSectionTests(SeededSiteFixture site)
{
    private TestEngine Engine => site.Engine;

    [Fact]
    public void Ten_or_more_stories_are_public_in_both_languages()
    {
        var now = Engine.Clock.GetUtcNow().UtcDateTime;
        var stories = Engine.Live("story").Where(s => s.IsVisibleIn(Chinese)
            && s.GetValue<string[]>("consentStatus", English) is ["given"]
            && !(s.GetValue<DateTime?>("embargoUntil", English) > now)).ToList();

        Assert.True(stories.Count >= 10, $"{stories.Count} public stories");
        Assert.All(stories, s => Assert.False(string.IsNullOrWhiteSpace(s.GetValue<string>("narratorName", Chinese))));
    }

    [Fact]
    public void Twelve_or_more_groups_cover_at_least_six_districts_and_six_topics()
    {
        var groups = Engine.Live("selfHelpGroup", Chinese);

        Assert.True(groups.Count >= 12, $"{groups.Count} groups");
        Assert.True(Keys(groups, "districts").Count >= 6);
        Assert.True(Keys(groups, "topics").Count >= 6);
        Assert.Contains(groups, g => g.GetValue<bool>("acceptingNewMembers", English));
        Assert.All(groups, g => Assert.False(string.IsNullOrWhiteSpace(g.GetValue<string>("meetingSchedule", Chinese))));
    }

    [Fact]
    public void Eight_guidance_articles_are_live_across_the_workshop_topics()
    {
        var articles = Engine.Live("guidanceArticle");

        Assert.Equal(8, articles.Count);
        Assert.True(Keys(articles, "category").Count >= 7);
    }

    [Fact]
    public void Twenty_or_more_glossary_terms_are_live_in_both_languages()
    {
        var terms = Engine.Live("glossaryTerm", Chinese);

        Assert.True(terms.Count >= 20, $"{terms.Count} terms");
        Assert.Contains(terms, t => t.GetValue<string>("term", English) == "Helper therapy principle");
        Assert.Contains(terms, t => t.GetValue<string>("term", Chinese) == "充權");
    }

    [Fact]
    public void Four_workshops_are_live_three_upcoming_and_one_completed()
    {
        var workshops = Engine.Live("workshop", Chinese);
        var now = Engine.Clock.GetUtcNow().UtcDateTime;

        Assert.Equal(4, workshops.Count);
        var upcoming = workshops.Where(w => w.GetValue<string[]>("status", English) is ["scheduled"]).ToList();
        Assert.Equal(3, upcoming.Count);
        Assert.All(upcoming, w =>
        {
            Assert.True(w.GetValue<DateTime>("startsAt", English) > now);
            Assert.True(w.GetValue<DateTime>("registrationOpens", English) < w.GetValue<DateTime>("registrationCloses", English));
            Assert.True(w.GetValue<DateTime>("registrationCloses", English) < w.GetValue<DateTime>("startsAt", English));
            Assert.True(w.GetValue<int>("capacity", English) > 0);
        });
        var completed = Assert.Single(workshops, w => w.GetValue<string[]>("status", English) is ["completed"]);
        Assert.Equal(2026, completed.GetValue<DateTime>("startsAt", English).Year);
    }

    [Fact]
    public void All_eighteen_districts_are_live_each_with_sourced_statistics()
    {
        var districts = Engine.Live("district", Chinese);

        Assert.Equal(18, districts.Count);
        Assert.Equal(18, Keys(districts, "districtKey").Count);
        Assert.All(districts, d =>
        {
            var stats = d.GetValue("statistics", English)!.Value.GetProperty("contentData");
            Assert.InRange(stats.GetArrayLength(), 2, 3);
            Assert.All(stats.EnumerateArray(), s => Assert.Contains(s.GetProperty("values").EnumerateArray(),
                v => v.GetProperty("alias").GetString() == "source" && v.GetProperty("value").GetString()!.Contains("Census and Statistics Department")));
        });
    }

    [Fact]
    public void Three_volunteer_roles_are_live_each_for_a_group_in_the_directory()
    {
        var roles = Engine.Live("volunteerRole", Chinese);

        Assert.Equal(3, roles.Count);
        Assert.Contains(roles, r => r.GetValue<string[]>("status", English) is ["open"]);
        Assert.All(roles, r => Assert.False(string.IsNullOrEmpty(r.GetValue<string>("group", English))));
    }

    [Fact]
    public void The_home_page_greets_visitors_in_both_languages_with_featured_stories()
    {
        var home = Assert.Single(Engine.Live("home", Chinese));

        Assert.Equal("/", home.GetRoute(English));
        Assert.False(string.IsNullOrWhiteSpace(home.GetValue<string>("heroTitle", Chinese)));
        Assert.Equal(3, home.GetValue<string>("featuredStories", English)!.Split(',').Length);
    }

    [Fact]
    public void The_privacy_policy_names_the_personal_data_privacy_ordinance_in_both_languages()
    {
        var privacy = Engine.Cache.Current.GetByRoute("/privacy-policy/", English)!;

        Assert.Contains("Personal Data (Privacy) Ordinance", Markup(privacy, English));
        Assert.Contains("《個人資料（私隱）條例》", Markup(privacy, Chinese));
        Assert.NotNull(Engine.Cache.Current.GetByRoute("/about-the-project/", English));
        Assert.NotNull(Engine.Cache.Current.GetByRoute("/what-is-self-help/", English));
    }

    private static HashSet<string> Keys(IEnumerable<PublishedContent> items, string alias) =>
        items.SelectMany(i => i.GetValue<string[]>(alias, English) ?? []).ToHashSet();

    private static string Markup(PublishedContent item, string culture) =>
        item.GetValue("body", culture)!.Value.GetProperty("markup").GetString()!;
}
