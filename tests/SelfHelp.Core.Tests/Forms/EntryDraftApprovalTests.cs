using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Workflows;

namespace SelfHelp.Core.Tests.Forms;

public sealed class EntryDraftApprovalTests : IAsyncLifetime
{
    private FormsEngine _forms = null!;

    public async Task InitializeAsync() => _forms = await FormsEngine.StartAsync();

    public async Task DisposeAsync() => await _forms.DisposeAsync();

    private IEntryDraftApproval Approval => _forms.Services.GetRequiredService<IEntryDraftApproval>();

    [Fact]
    public async Task Approving_a_group_listing_into_a_draft_approves_it_and_saves_one_draft_whose_key_every_call_answers()
    {
        var entry = await _forms.SubmitValidAsync("listYourGroup", FormValues.Group());

        var first = await Approval.ApproveIntoDraftAsync(entry.Id, "moderator@selfhelp.example");
        var second = await Approval.ApproveIntoDraftAsync(entry.Id, "moderator@selfhelp.example");
        await _forms.Runner.RunDueAsync();

        Assert.True(first.Succeeded, first.Message);
        Assert.Equal(first.Value, second.Value);
        var draft = Assert.Single(await _forms.Engine.Content.GetChildrenAsync(_forms.GroupDirectory.Id), g => g.Key != _forms.Group.Key);
        Assert.Equal(first.Value, draft.Key);
        Assert.False(draft.IsPublished());
        var approved = (await _forms.Entries.GetAsync(entry.Id))!;
        Assert.Equal(FormEntryState.Approved, approved.State);
        Assert.Equal("moderator@selfhelp.example", approved.StateChangedBy);
    }

    [Fact]
    public async Task A_story_marked_as_spam_before_its_draft_was_saved_gets_its_draft_when_approved_into_one()
    {
        var entry = await _forms.SubmitValidAsync("shareYourStory", FormValues.Story());
        Assert.True((await _forms.Entries.SetStateAsync(entry.Id, FormEntryState.Spam, "moderator@selfhelp.example")).Succeeded);
        await _forms.Runner.RunDueAsync();
        Assert.Empty(await _forms.Engine.Content.GetChildrenAsync(_forms.StoryLibrary.Id));

        var result = await Approval.ApproveIntoDraftAsync(entry.Id, "moderator@selfhelp.example");

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(result.Value, Assert.Single(await _forms.Engine.Content.GetChildrenAsync(_forms.StoryLibrary.Id)).Key);
    }

    [Fact]
    public async Task A_form_that_saves_no_drafts_and_an_unknown_entry_are_refused()
    {
        var entry = await _forms.SubmitValidAsync("volunteerSignUp", FormValues.Volunteer());

        var refused = await Approval.ApproveIntoDraftAsync(entry.Id, "moderator@selfhelp.example");
        var missing = await Approval.ApproveIntoDraftAsync(Guid.NewGuid(), "moderator@selfhelp.example");

        Assert.Equal(OperationStatus.NotAllowed, refused.Status);
        Assert.Equal(OperationStatus.NotFound, missing.Status);
    }
}
