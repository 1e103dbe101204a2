using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Validation;
using SelfHelp.Core.Forms.Workflows;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Forms;

/// <summary>
/// The forms host with workflows run by the test (so records exist when it says so), and helpers to submit answers
/// through the engine and to mark a form's fields sensitive.
/// </summary>
public class PersonalDataHost : FormsHost
{
    protected override void Setup(SiteSetup site)
    {
        base.Setup(site);
        site.With("SelfHelp:Forms:RunWorkflows", "false");
    }

    /// <summary>Submits answers to a form as a visitor would, then runs the workflows they queued; returns the entry id.</summary>
    public async Task<Guid> SubmitAsync(string form, IDictionary<string, string[]> values, Guid? page = null, IDictionary<string, UploadedFile[]>? files = null)
    {
        var definition = (await Services.GetRequiredService<IFormService>().GetAsync(form))!;
        var result = await Services.GetRequiredService<IFormSubmissionService>().SubmitAsync(new FormSubmission
        {
            FormKey = definition.Key, Culture = "en-US", ContentKey = page,
            Values = values.ToDictionary(v => v.Key, v => (IReadOnlyList<string>)v.Value),
            Files = (files ?? new Dictionary<string, UploadedFile[]>()).ToDictionary(f => f.Key, f => (IReadOnlyList<UploadedFile>)f.Value),
        });
        Assert.True(result.Status == FormSubmitStatus.Accepted, string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")));
        await Services.GetRequiredService<IFormWorkflowRunner>().RunDueAsync();
        return result.EntryId!.Value;
    }

    /// <summary>Marks fields of a shipped form as sensitive, as an editor could, letting the workflows that make records still copy them.</summary>
    public async Task MarkSensitiveAsync(string form, params string[] aliases)
    {
        var forms = Services.GetRequiredService<IFormService>();
        var definition = (await forms.GetAsync(form))!;
        foreach (var alias in aliases)
        {
            definition.FindField(alias)!.ContainsSensitiveData = true;
        }
        foreach (var workflow in definition.Workflows.Where(w => w.WorkflowTypeId == FormWorkflowTypeIds.CreatePrivateRecord || w.WorkflowTypeId == FormWorkflowTypeIds.RelayToGroup))
        {
            workflow.IncludeSensitiveData = true;
        }
        await forms.SaveAsync(definition);
    }
}

/// <summary>Valid answers to each shipped form, each carrying a marker to look for in what comes out.</summary>
public static class PersonalAnswers
{
    public static Dictionary<string, string[]> Volunteer(string email, string supportNeeds = "Step-free access", string phone = "2345 6789") => new()
    {
        ["name"] = ["Chan Tai Man"], ["email"] = [email], ["phone"] = [phone], ["districts"] = ["shaTin"], ["languages"] = ["cantonese"],
        ["skills"] = ["listening"], ["availability"] = ["weekends"], ["supportNeeds"] = [supportNeeds], ["dataConsent"] = ["on"],
    };

    public static Dictionary<string, string[]> Registration(string email, string accessNeeds) => new()
    {
        ["name"] = ["Ho Wing"], ["email"] = [email], ["role"] = ["organisers"], ["accessNeeds"] = [accessNeeds], ["dataConsent"] = ["on"],
    };

    public static Dictionary<string, string[]> Support(string email, string need) => new()
    {
        ["groupName"] = ["Kwun Tong Stroke Survivors"], ["contactName"] = ["Cheung Mo Yee"], ["email"] = [email], ["district"] = ["kwunTong"],
        ["skills"] = ["administration"], ["need"] = [need], ["urgency"] = ["low"], ["dataConsent"] = ["on"],
    };

    public static Dictionary<string, string[]> Contact(string email, string message) => new()
    {
        ["name"] = ["Lee Siu Ling"], ["email"] = [email], ["message"] = [message], ["dataConsent"] = ["on"],
    };
}
