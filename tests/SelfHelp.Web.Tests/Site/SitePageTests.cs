using System.Net;
using SelfHelp.Web.Tests.Testing;
using static SelfHelp.Web.Tests.Testing.SiteSchema;

namespace SelfHelp.Web.Tests.Site;

public sealed class SitePageTests(SiteHost host) : IClassFixture<SiteHost>
{
    private readonly HttpClient _client = host.Client();

    [Fact]
    public async Task A_page_without_its_own_view_shows_its_title_summary_and_body()
    {
        await host.Page("About us", "關於我們")
            .With("title", "About SelfHelp", "關於本網絡")
            .With("summary", "Who we are.\nWhat we do & why.", "我們是誰。")
            .With("body", SiteHost.RichText("<p>We <em>support</em> groups.</p>"), SiteHost.RichText("<p>我們<em>支援</em>小組。</p>"))
            .PublishAsync();

        var english = await _client.GetStringAsync("/about-us/");
        var chinese = await _client.GetStringAsync("/zh-hk/關於我們/");

        Assert.Contains("<title>About us · SelfHelp Hong Kong</title>", english);
        Assert.Contains("<h1>About SelfHelp</h1>", english);
        // Plain text is encoded and keeps its line breaks; rich text is staff's markup.
        Assert.Contains("<p>Who we are.<br>What we do &amp; why.</p>", english);
        Assert.Contains("<p>We <em>support</em> groups.</p>", english);
        Assert.Contains("<h1>關於本網絡</h1>", chinese);
        Assert.Contains("<p>我們<em>支援</em>小組。</p>", chinese);
    }

    [Fact]
    public async Task A_draft_change_is_not_shown_until_it_is_published()
    {
        var page = await host.Page("Workshops", "工作坊").With("title", "Workshops for organisers", "組織者工作坊").PublishAsync();

        page.SetValue("title", "Workshops this autumn", English);
        PageBuilder.Succeeded(await host.Content.SaveAsync(page));
        var beforePublish = await _client.GetStringAsync("/workshops/");
        PageBuilder.Succeeded(await host.Content.PublishAsync(page, [English]));
        var afterPublish = await _client.GetStringAsync("/workshops/");

        Assert.Contains("<h1>Workshops for organisers</h1>", beforePublish);
        Assert.DoesNotContain("Workshops this autumn", beforePublish);
        Assert.Contains("<h1>Workshops this autumn</h1>", afterPublish);
    }

    [Fact]
    public async Task A_culture_taken_offline_answers_404_in_that_culture_while_the_other_stays_live()
    {
        var page = await host.Page("Volunteers", "義工").PublishAsync();

        PageBuilder.Succeeded(await host.Content.UnpublishAsync(page.Id, Chinese));
        var chinese = await _client.GetAsync("/zh-hk/義工/");
        var english = await _client.GetAsync("/volunteers/");

        Assert.Equal(HttpStatusCode.NotFound, chinese.StatusCode);
        var html = await chinese.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"zh-Hant-HK\">", html);
        Assert.Contains("<h1>找不到網頁</h1>", html);
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
    }

    [Fact]
    public async Task A_renamed_page_answers_its_old_url_with_a_permanent_redirect_to_the_new_one()
    {
        var page = await host.Page("Support", "支援").PublishAsync();

        page.SetName("Getting support", English);
        page.SetName("尋求支援", Chinese);
        PageBuilder.Succeeded(await host.Content.PublishAsync(page, ["*"]));
        var english = await _client.GetAsync("/support/?from=leaflet");
        var chinese = await _client.GetAsync("/zh-hk/支援/");

        Assert.Equal(HttpStatusCode.MovedPermanently, english.StatusCode);
        Assert.Equal("/getting-support/?from=leaflet", english.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, chinese.StatusCode);
        Assert.Equal("/zh-hk/尋求支援/", Uri.UnescapeDataString(chinese.Headers.Location!.OriginalString));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(english.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_path_answers_404_with_the_message_in_both_languages()
    {
        var response = await _client.GetAsync("/no-such-page/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<h1>Page not found</h1>", html);
        Assert.Contains("<section class=\"translation\" lang=\"zh-Hant-HK\"", html);
        Assert.Contains("找不到網頁", html);
        Assert.Contains("<a href=\"/zh-hk/\">返回主頁</a>", html);
    }

    [Fact]
    public async Task A_story_whose_narrator_has_not_given_consent_is_not_shown()
    {
        await host.Page("Carers together", "照顧者同行", type: "story").WithInvariant("consentStatus", "pending").PublishAsync();
        await host.Page("Parents circle", "家長圈", type: "story").WithInvariant("consentStatus", "given").PublishAsync();

        var withheld = await _client.GetAsync("/carers-together/");
        var home = await _client.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, withheld.StatusCode);
        Assert.DoesNotContain("Carers together", home);
        Assert.Contains("<a href=\"/parents-circle/\">Parents circle</a>", home);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/parents-circle/")).StatusCode);
    }
}
