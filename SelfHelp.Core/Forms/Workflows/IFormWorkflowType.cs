using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;

namespace SelfHelp.Core.Forms.Workflows;

/// <summary>
/// A kind of workflow (send email, save as content, ...), found by the id a form's workflow names. Add one by
/// registering another implementation; it runs after the entry is stored, may be retried, and must be idempotent.
/// </summary>
public interface IFormWorkflowType
{
    Guid Id { get; }
    string Alias { get; }
    Task<WorkflowResult> ExecuteAsync(WorkflowContext context, CancellationToken cancellationToken);
}

/// <summary>How an attempt ended: a failure is retried later; the message goes to the audit trail, never to the visitor.</summary>
public sealed record WorkflowResult(bool Succeeded, string Message)
{
    public static WorkflowResult Success(string message) => new(true, message);

    public static WorkflowResult Failure(string message) => new(false, message);
}

/// <summary>What a workflow works on: the form, its own settings, the entry (sensitive values left out unless allowed) and the stage.</summary>
public sealed class WorkflowContext
{
    public required FormDefinition Form { get; init; }
    public required FormWorkflow Workflow { get; init; }
    public required FormEntry Entry { get; init; }
    public required WorkflowStage Stage { get; init; }
    public required int Attempt { get; init; }

    /// <summary>The entry's values this workflow may read: sensitive fields only when the workflow includes sensitive data.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values =>
        Entry.Values
            .Where(v => Workflow.IncludeSensitiveData || Form.FindField(v.Key) is not { ContainsSensitiveData: true })
            .ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase);

    public string? Value(string alias) =>
        Values.TryGetValue(alias, out var values) && values.Count > 0 && !string.IsNullOrWhiteSpace(values[0]) ? values[0] : null;
}
