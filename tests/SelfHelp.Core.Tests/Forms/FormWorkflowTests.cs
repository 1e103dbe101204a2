using System.Text.Json;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Records;

namespace SelfHelp.Core.Tests.Forms;

public sealed class FormWorkflowTests : IAsyncLifetime
{
    private FormsEngine _forms = null!;

    public async Task InitializeAsync() => _forms = await FormsEngine.StartAsync();

    public async Task DisposeAsync() => await _forms.DisposeAsync();

    [Fact]
    public async Task A_shared_story_becomes_a_draft_story_with_consent_pending_and_the_moderators_are_told()
    {
        var entry = await _forms.SubmitValidAsync("shareYourStory", FormValues.Story());
        await _forms.Runner.RunDueAsync();

        var stories = await _forms.Engine.Content.GetChildrenAsync(_forms.StoryLibrary.Id);
        var story = Assert.Single(stories);
        Assert.Equal("How we started", story.GetName("en-US"));
        Assert.False(story.IsPublished());
        Assert.Equal(["pending"], story.GetValue<string[]>("consentStatus")!);
        Assert.Equal("Ah Mei", story.GetValue<string>("narratorName", "en-US"));
        Assert.Equal("<p>We met in a church hall.</p><p>Now we are forty.</p>", JsonSerializer.Deserialize<JsonElement>(story.GetValue("body", "en-US")!.Value.GetRawText()).GetProperty("markup").GetString());
        var notice = Assert.Single(await _forms.Smtp.WaitForAsync(1));
        Assert.Equal("stories@selfhelp.example", notice.To.ToString());
        Assert.Equal("New story to review: How we started", notice.Subject);
        Assert.Equal(FormEntryState.Approved, entry.State);
    }

    [Fact]
    public async Task A_group_listing_waits_for_approval_and_then_becomes_a_draft_group()
    {
        var entry = await _forms.SubmitValidAsync("listYourGroup", FormValues.Group());
        await _forms.Runner.RunDueAsync();

        Assert.Equal(FormEntryState.Submitted, entry.State);
        Assert.Single(await _forms.Smtp.WaitForAsync(1));
        Assert.Single(await _forms.Engine.Content.GetChildrenAsync(_forms.GroupDirectory.Id));

        TestEngine_Succeeded(await _forms.Entries.SetStateAsync(entry.Id, FormEntryState.Approved, "moderator@selfhelp.example"));
        await _forms.Runner.RunDueAsync();

        var groups = await _forms.Engine.Content.GetChildrenAsync(_forms.GroupDirectory.Id);
        var draft = Assert.Single(groups, g => g.Key != _forms.Group.Key);
        Assert.Equal("Sham Shui Po Parents", draft.GetName("en-US"));
        Assert.False(draft.IsPublished());
        Assert.Equal(["shamShuiPo", "kowloonCity"], draft.GetValue<string[]>("districts")!);
        Assert.True(draft.GetValue<bool>("acceptingNewMembers"));
        var approved = (await _forms.Entries.GetAsync(entry.Id))!;
        Assert.Equal("moderator@selfhelp.example", approved.StateChangedBy);
    }

    [Fact]
    public async Task A_volunteer_sign_up_makes_a_volunteer_record_and_emails_the_coordinators_and_the_volunteer()
    {
        await _forms.SubmitValidAsync("volunteerSignUp", FormValues.Volunteer());
        await _forms.Runner.RunDueAsync();

        var volunteer = Assert.Single((await _forms.Records.GetVolunteersAsync()).Items);
        Assert.Equal("Chan Tai Man", volunteer.Name);
        Assert.Equal(["shaTin", "taiPo"], volunteer.Districts);
        Assert.Equal(["listening", "other", "Sign language"], volunteer.Skills);
        Assert.Equal("Step-free access", volunteer.SupportNeeds);
        Assert.Equal(VolunteerStatus.Applicant, volunteer.Status);
        var emails = await _forms.Smtp.WaitForAsync(2);
        Assert.Contains(emails, e => e.To.ToString() == "volunteers@selfhelp.example" && e.TextBody!.Contains("Sha Tin, Tai Po"));
        Assert.Contains(emails, e => e.To.ToString() == "tai.man@example.com" && e.Subject == "Thank you for volunteering");
        Assert.DoesNotContain(emails, e => e.TextBody!.Contains("Step-free access"));
    }

    [Fact]
    public async Task Workshop_registrations_are_confirmed_up_to_capacity_then_waitlisted_and_each_email_says_which()
    {
        for (var i = 0; i < FormsEngine.WorkshopCapacity + 1; i++)
        {
            await _forms.SubmitValidAsync("workshopRegistration", FormValues.Registration($"person{i}@example.com"), page: _forms.Workshop.Key);
            await _forms.Runner.RunDueAsync();
        }

        var registrations = (await _forms.Records.GetRegistrationsAsync(_forms.Workshop.Key)).Items;
        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.Confirmed, RegistrationStatus.Waitlisted], registrations.OrderBy(r => r.Email).Select(r => r.Status));
        var emails = await _forms.Smtp.WaitForAsync(3);
        Assert.Contains("confirmed: your place is booked", emails.Single(e => e.To.ToString() == "person0@example.com").TextBody);
        Assert.Contains("on the waiting list", emails.Single(e => e.To.ToString() == "person2@example.com").TextBody);
        Assert.Contains("Running a first meeting", emails[0].Subject);
    }

    [Fact]
    public async Task A_registration_in_chinese_gets_its_email_in_chinese()
    {
        await _forms.SubmitValidAsync("workshopRegistration", FormValues.Registration("wing@example.com"), culture: "zh-HK", page: _forms.Workshop.Key);
        await _forms.Runner.RunDueAsync();

        var email = Assert.Single(await _forms.Smtp.WaitForAsync(1));
        Assert.Contains("多謝你報名參加", email.TextBody);
        Assert.Contains("已確認", email.TextBody);
    }

    [Fact]
    public async Task A_message_to_a_group_is_relayed_to_its_address_with_the_visitor_as_reply_to()
    {
        await _forms.SubmitValidAsync("contactGroup", FormValues.Contact("Can I join your next meeting?"), page: _forms.Group.Key);
        await _forms.Runner.RunDueAsync();

        var relayed = Assert.Single(await _forms.Smtp.WaitForAsync(1));
        Assert.Equal(FormsEngine.GroupAddress, relayed.To.ToString());
        Assert.Equal("\"Lee Siu Ling\" <siu.ling@example.com>", relayed.ReplyTo.ToString());
        Assert.Contains("Can I join your next meeting?", relayed.TextBody);
        var record = Assert.Single((await _forms.Records.GetRelayedMessagesAsync()).Items);
        Assert.Equal(_forms.Group.Key, record.GroupKey);
    }

    [Fact]
    public async Task A_message_with_spam_words_is_marked_spam_and_never_relayed()
    {
        var entry = await _forms.SubmitValidAsync("contactGroup", FormValues.Contact("Great CASINO bonus for your group"), page: _forms.Group.Key);
        await _forms.Runner.RunDueAsync();

        Assert.Equal(FormEntryState.Spam, (await _forms.Entries.GetAsync(entry.Id))!.State);
        Assert.Empty((await _forms.Records.GetRelayedMessagesAsync()).Items);
        Assert.Empty(_forms.Smtp.Messages);
    }

    [Fact]
    public async Task A_support_request_makes_a_request_record_and_tells_the_coordinators()
    {
        await _forms.SubmitValidAsync("requestSupport", FormValues.Support());
        await _forms.Runner.RunDueAsync();

        var request = Assert.Single((await _forms.Records.GetSupportRequestsAsync()).Items);
        Assert.Equal("Kwun Tong Stroke Survivors", request.GroupName);
        Assert.Equal(SupportRequestStatus.Open, request.Status);
        Assert.Contains("Our treasurer is leaving next week.", request.Need);
        var notice = Assert.Single(await _forms.Smtp.WaitForAsync(1));
        Assert.Contains("Kwun Tong", notice.TextBody);
        Assert.Contains("Within two weeks", notice.TextBody);
    }

    [Fact]
    public async Task A_failing_email_is_retried_with_backoff_every_attempt_is_audited_and_it_is_sent_in_the_end()
    {
        _forms.Smtp.RefuseNext(2);
        var entry = await _forms.SubmitValidAsync("requestSupport", FormValues.Support());

        await _forms.Runner.RunDueAsync();
        _forms.Engine.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await _forms.Runner.RunDueAsync());
        _forms.Engine.Clock.Advance(TimeSpan.FromSeconds(1));
        await _forms.Runner.RunDueAsync();
        _forms.Engine.Clock.Advance(TimeSpan.FromSeconds(60));
        await _forms.Runner.RunDueAsync();

        Assert.Single(await _forms.Smtp.WaitForAsync(1));
        var email = Assert.Single(await _forms.Entries.GetWorkflowsAsync(entry.Id), w => w.Name == "Tell the volunteer coordinators");
        Assert.Equal(Core.Forms.Workflows.WorkflowJobStatus.Succeeded, email.Status);
        Assert.Equal(3, email.Attempts);
        var audit = await _forms.Entries.GetAuditAsync(entry.Id);
        Assert.Equal(2, audit.Count(a => a.Action == "workflow will retry" && a.Detail!.Contains("try again later")));
        Assert.Contains(audit, a => a.Action == "workflow succeeded" && a.Detail!.StartsWith("Tell the volunteer coordinators (attempt 3)"));
    }

    private static void TestEngine_Succeeded(Core.Content.OperationResult result) => Assert.True(result.Succeeded, result.Message);
}
