using SelfHelp.Core.Forms.Entries;

namespace SelfHelp.Core.Forms.Workflows.Types;

/// <summary>
/// Umbraco Forms' Change Record State: when any answer contains one of the <c>Words</c> (comma-separated, any case),
/// the entry moves to the <c>Action</c> state (Spam, Rejected or Approved); later workflows of a spam entry do not run.
/// </summary>
internal sealed class ChangeRecordStateWorkflow(IFormEntryService entries) : IFormWorkflowType
{
    public Guid Id => FormWorkflowTypeIds.ChangeRecordState;
    public string Alias => "changeRecordState";

    public async Task<WorkflowResult> ExecuteAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        var words = (context.Workflow.Setting("Words") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var found = words.FirstOrDefault(w => context.Entry.Values.Values.SelectMany(v => v).Any(v => v.Contains(w, StringComparison.OrdinalIgnoreCase)));
        if (found is null)
        {
            return WorkflowResult.Success("no listed word found; the state is unchanged.");
        }
        if (!Enum.TryParse<FormEntryState>(context.Workflow.Setting("Action"), ignoreCase: true, out var state))
        {
            return WorkflowResult.Failure($"the Action setting '{context.Workflow.Setting("Action")}' is not a state.");
        }
        var result = await entries.SetStateAsync(context.Entry.Id, state, "workflow", cancellationToken);
        return result.Succeeded ? WorkflowResult.Success($"found '{found}': the entry is now {state}.") : WorkflowResult.Failure(result.Message ?? "state not changed");
    }
}
