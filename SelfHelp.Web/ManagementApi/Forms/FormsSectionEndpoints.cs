using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Content;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Workflows;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Security;

namespace SelfHelp.Web.ManagementApi.Forms;

/// <summary>
/// What SelfHelp's Forms section needs beside the staff API (<c>Forms/Staff</c>, which lists, reads, moderates,
/// exports and erases entries): the forms with their entry counts, and approving an entry straight into its draft.
/// </summary>
public static class FormsSectionEndpoints
{
    public static RouteGroupBuilder MapFormsSectionEndpoints(this RouteGroupBuilder v1)
    {
        var forms = v1.MapGroup("/selfhelp-forms").WithTags("Forms").RequireAuthorization(BackOfficePolicies.SectionAccessForms);
        forms.MapGet("/form", ListFormsAsync);
        forms.MapPost("/entry/{id:guid}/approve-into-draft", ApproveIntoDraftAsync).RequireAuthorization(StaffPolicies.ModerateEntries);
        return v1;
    }

    private static async Task<Ok<PagedViewModel<FormsSectionFormResponseModel>>> ListFormsAsync(IFormService forms, IFormEntryCounts counts, CancellationToken ct)
    {
        var byForm = (await counts.ByFormAndStateAsync(ct)).ToLookup(c => c.FormKey);
        int Count(Guid form, FormEntryState state) => byForm[form].Where(c => c.State == state).Sum(c => c.Count);
        var items = (await forms.GetAllAsync(ct)).OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .Select(f => new FormsSectionFormResponseModel(f.Key, f.Name, f.ManualApproval,
                f.Workflows.Any(w => w.Active && w.WorkflowTypeId == FormWorkflowTypeIds.SaveAsContentNode),
                new FormEntryStateCountsModel(Count(f.Key, FormEntryState.Submitted), Count(f.Key, FormEntryState.Approved),
                    Count(f.Key, FormEntryState.Rejected), Count(f.Key, FormEntryState.Spam))))
            .ToList();
        return TypedResults.Ok(new PagedViewModel<FormsSectionFormResponseModel>(items.Count, items));
    }

    private static async Task<Results<Ok<ReferenceByIdModel>, ProblemHttpResult>> ApproveIntoDraftAsync(
        Guid id, ClaimsPrincipal user, IEntryDraftApproval approval, CancellationToken ct)
    {
        // The same name the staff API records a state change under, so the entry's history reads alike.
        var result = await approval.ApproveIntoDraftAsync(id, user.Identity!.Name!, ct);
        return result.Status switch
        {
            OperationStatus.Success => TypedResults.Ok(new ReferenceByIdModel(result.Value)),
            OperationStatus.NotFound => ManagementProblems.NotFound("The entry was not found", result.Message, "EntryNotFound"),
            OperationStatus.NotAllowed => ManagementProblems.BadRequest("This form does not save drafts", result.Message, "NoDraftWorkflow"),
            OperationStatus.ConcurrencyConflict => ManagementProblems.Conflict("The draft is still being saved", result.Message, "DraftBeingSaved"),
            _ => ManagementProblems.BadRequest("The draft could not be saved", result.Message, "DraftNotSaved"),
        };
    }
}
