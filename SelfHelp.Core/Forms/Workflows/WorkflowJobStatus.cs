namespace SelfHelp.Core.Forms.Workflows;

/// <summary>Where a queued workflow stands: waiting (or retrying), done, or given up after its last attempt.</summary>
public enum WorkflowJobStatus
{
    Pending,
    Succeeded,
    Failed,
}
