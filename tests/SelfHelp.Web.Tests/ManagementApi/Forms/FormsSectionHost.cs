using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Validation;
using SelfHelp.Web.Tests.Forms;

namespace SelfHelp.Web.Tests.ManagementApi.Forms;

/// <summary>The forms host (shipped forms, a group directory and a workshop of one seat) with entries submitted as a visitor would.</summary>
public sealed class FormsSectionHost : FormsHost
{
    /// <summary>Stores an entry through the engine's own submission path and answers its id.</summary>
    public async Task<Guid> SubmitAsync(string form, Dictionary<string, string[]> values, Guid? page = null)
    {
        var definition = (await Services.GetRequiredService<IFormService>().GetAsync(form))!;
        var result = await Services.GetRequiredService<IFormSubmissionService>().SubmitAsync(new FormSubmission
        {
            FormKey = definition.Key, Culture = "en-US", ContentKey = page,
            Values = values.ToDictionary(v => v.Key, v => (IReadOnlyList<string>)v.Value),
            Files = new Dictionary<string, IReadOnlyList<UploadedFile>>(),
        });
        Assert.True(result.Status == FormSubmitStatus.Accepted, string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")));
        return result.EntryId!.Value;
    }

    public static Dictionary<string, string[]> GroupListing(string name) => new()
    {
        ["groupName"] = [name], ["description"] = ["Parents of children with special needs meet monthly."],
        ["topics"] = ["familyAndEducation"], ["districts"] = ["shamShuiPo"], ["languages"] = ["cantonese"],
        ["meetingFormat"] = ["inPerson"], ["meetingSchedule"] = ["First Saturday, 2pm"], ["venue"] = ["Community hall"],
        ["acceptingNewMembers"] = ["on"], ["contactName"] = ["Wong Ka Yan"], ["contactEmail"] = ["ka.yan@example.com"], ["dataConsent"] = ["on"],
    };

    public static Dictionary<string, string[]> Volunteer(string email, string supportNeeds) => new()
    {
        ["name"] = ["Chan Tai Man"], ["email"] = [email], ["districts"] = ["shaTin"], ["languages"] = ["cantonese"], ["skills"] = ["listening"],
        ["availability"] = ["weekends"], ["supportNeeds"] = [supportNeeds], ["dataConsent"] = ["on"],
    };

    public static Dictionary<string, string[]> Registration(string email) => new()
    {
        ["name"] = ["Ho Wing"], ["email"] = [email], ["role"] = ["organisers"], ["accessNeeds"] = ["Vegetarian lunch"], ["dataConsent"] = ["on"],
    };
}
