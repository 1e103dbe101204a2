using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Web.Tests.Forms;
using Xunit.Abstractions;

namespace SelfHelp.Web.Tests.Privacy.NeverPublic;

/// <summary>
/// Every shipped form, posted on its page with a unique marker in each field a visitor types into or names a file in,
/// its workflows run to their end: no marker reaches any public channel, neither from the page the form was posted on
/// nor from the drafts its workflows make. What moderation is meant to publish (a listed group's details, a story)
/// appears only once staff have approved and published it, and the answers beside it never do.
/// </summary>
public sealed class FormDataNeverPublicTests(FormsPrivacySiteHost site, ITestOutputHelper output) : IClassFixture<FormsPrivacySiteHost>
{
    // Where each shipped form is placed (the page views' <selfhelp-form> tags), by the page's document type.
    private static readonly Dictionary<string, string> PageOfForm = new()
    {
        ["contactGroup"] = "selfHelpGroup",
        ["listYourGroup"] = "groupDirectory",
        ["requestSupport"] = "volunteerHub",
        ["shareYourStory"] = "storyLibrary",
        ["volunteerSignUp"] = "volunteerHub",
        ["workshopRegistration"] = "workshop",
    };

    // The answers the workflows copy into a draft (uSync/v17/Forms, "Save as a draft ..."), public once staff publish it.
    private static readonly string[] GroupDetails = ["groupName", "description", "meetingSchedule", "venue", "website"];
    private static readonly string[] StoryText = ["storyTitle", "narratorName", "story"];

    [Fact]
    public async Task No_answer_to_a_shipped_form_reaches_a_public_channel_and_moderated_content_shows_only_what_it_was_meant_to()
    {
        var channels = new PublicChannels(site).All;
        var forms = await site.Services.GetRequiredService<IFormService>().GetAllAsync();
        Assert.Equal(PageOfForm.Keys.Order(), forms.Select(f => f.Name).Order());
        var planted = new Dictionary<string, (PlantedForm Answers, PlantedItem Page)>();
        foreach (var form in forms)
        {
            var answers = PlantedForm.For(form);
            var page = await PostAsync(answers);
            planted[form.Name] = (answers, page);
        }
        await site.RunWorkflowsAsync();
        var story = await DraftAsync(planted["shareYourStory"], "storyTitle");

        var leaks = new List<string>();
        var checks = 0;
        foreach (var (name, (answers, page)) in planted)
        {
            PlantedItem[] places = name == "shareYourStory" ? [page, story] : [page];
            checks += await CheckAbsentAsync(answers.Answers, places, channels, leaks);
        }
        var fields = planted.Values.SelectMany(p => p.Answers.Answers).ToList();
        output.WriteLine($"{fields.Count} planted fields ({string.Join(", ", fields)}) x {channels.Count} channels = {checks} (field, channel) checks.");
        Assert.Equal(fields.Count * channels.Count, checks);

        // A listed group: approved by a moderator it becomes a draft, still private; published by staff, its details
        // are public and its contact's name, address and number are still not.
        var group = planted["listYourGroup"];
        await ApproveAsync(group.Answers.Form);
        var draftGroup = await DraftAsync(group, "groupName");
        checks += await CheckAbsentAsync(group.Answers.Answers, [draftGroup], channels, leaks);
        var listed = await PublishAsync(draftGroup.Item);
        await AssertShownAsync(listed, group.Answers, GroupDetails, channels);
        checks += await CheckAbsentAsync(group.Answers.Answers.Where(a => !GroupDetails.Contains(a.Field)).ToList(), [listed], channels, leaks);

        // A story: published once its narrator's consent is given, it shows its title, narrator and text, never the
        // storyteller's email, phone, group or photo.
        var storyItem = story.Item;
        storyItem.SetValue("consentStatus", new[] { "given" });
        var told = await PublishAsync(storyItem);
        var storyAnswers = planted["shareYourStory"].Answers;
        await AssertShownAsync(told, storyAnswers, StoryText, channels);
        checks += await CheckAbsentAsync(storyAnswers.Answers.Where(a => !StoryText.Contains(a.Field)).ToList(), [told], channels, leaks);

        output.WriteLine($"{checks} (field, channel) checks in all, with the moderated group and story.");
        leaks.ForEach(output.WriteLine);
        Assert.Empty(leaks);
    }

    // Posts the answers on the page that carries the form, as a visitor's browser does, and returns that page.
    private async Task<PlantedItem> PostAsync(PlantedForm answers)
    {
        var published = site.Published.All.First(p => p.ContentTypeAlias == PageOfForm[answers.Form.Name] && p.IsVisibleIn("en-US") && p.IsVisibleIn("zh-HK"));
        var response = await FormsHost.PostFormAsync(site.Client(), published.GetRoute("en-US")!, answers.Values, answers.Form.Key.ToString(), answers.Files);
        Assert.True(response.StatusCode == HttpStatusCode.SeeOther, $"{answers.Form.Name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await ItemAsync(published.Key);
    }

    // The draft a workflow made from the answers, found by the answer it is named after.
    private async Task<PlantedItem> DraftAsync((PlantedForm Answers, PlantedItem Page) form, string nameField)
    {
        var name = form.Answers.Answer(nameField).Needles[0];
        var draft = Assert.Single(await site.Content.GetChildrenAsync(form.Page.Item.Id), c => c.GetName("en-US") == name);
        Assert.Null(site.Published.GetByKey(draft.Key));
        // Searched for by its page's word: searching for the draft's own name would only find the words typed.
        return new PlantedItem(draft, site.Published.GetByKey(form.Page.Item.Key)!, form.Page.ControlWord, []);
    }

    private async Task ApproveAsync(FormDefinition form)
    {
        Guid entry;
        await using (var db = await site.Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContextAsync())
        {
            entry = await db.FormEntries.Where(e => e.FormKey == form.Key).Select(e => e.Id).SingleAsync();
        }
        Assert.True((await site.Services.GetRequiredService<IFormEntryService>().SetStateAsync(entry, FormEntryState.Approved, "moderator")).Succeeded);
        await site.RunWorkflowsAsync();
    }

    private async Task<PlantedItem> PublishAsync(ContentItem draft)
    {
        var published = Testing.PageBuilder.Succeeded(await site.Content.PublishAsync(draft, ["*"]));
        return await ItemAsync(published.Key);
    }

    private async Task<PlantedItem> ItemAsync(Guid key)
    {
        var published = site.Published.GetByKey(key)!;
        var item = (await site.Content.GetAsync(key))!;
        // The page's own URL segment finds it in search, for the channels that list it.
        return new PlantedItem(item, site.Published.GetById(published.ParentId)!, published.Cultures["en-US"].UrlSegment.Split('-')[0], []);
    }

    // Reads every channel about every place for each answer; returns how many (answer, channel) pairs were checked.
    private static async Task<int> CheckAbsentAsync(IReadOnlyList<PlantedAnswer> answers, IReadOnlyList<PlantedItem> places, IReadOnlyList<PublicChannel> channels, List<string> leaks)
    {
        foreach (var answer in answers)
        {
            foreach (var channel in channels)
            {
                foreach (var place in places)
                {
                    foreach (var needle in answer.Needles)
                    {
                        if ((await channel.Read(place, needle)).Contains(needle, StringComparison.OrdinalIgnoreCase))
                        {
                            leaks.Add($"{answer} ('{needle}') came out of the {channel} of {place.Item.GetName("en-US")}");
                        }
                    }
                }
            }
        }
        return answers.Count * channels.Count;
    }

    // What moderation published is really public (the Delivery API shows every public property; the page view picks
    // some), so the absence checks beside it are not reading a channel blind to the item.
    private static async Task AssertShownAsync(PlantedItem item, PlantedForm answers, IEnumerable<string> fields, IReadOnlyList<PublicChannel> channels)
    {
        var delivery = channels.Single(c => c.Name == "Delivery API content item (en-US)");
        foreach (var field in fields)
        {
            var needle = answers.Answer(field).Needles[0];
            Assert.Contains(needle, await delivery.Read(item, needle), StringComparison.OrdinalIgnoreCase);
        }
    }
}
