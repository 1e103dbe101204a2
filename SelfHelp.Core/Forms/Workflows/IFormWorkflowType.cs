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

    /// <summary>
    /// Stable for the job across every attempt and every worker (it is the job's id): side effects derive their
    /// Message-ID, content key or <c>Idempotency-Key</c> header from it so that a re-run is recognised.
    /// </summary>
    public required Guid IdempotencyKey { get; init; }

    /// <summary>The key one named side effect of this job is recorded under (<c>{job}:email</c>).</summary>
    public string EffectKey(string effect) => $"{IdempotencyKey:N}:{effect}";

    /// <summary>The left part of the Message-ID of an email the job sends (letters, digits and a dot, as RFC 5322 allows).</summary>
    public string MessageIdKey(string effect) => $"{IdempotencyKey:N}.{effect}";

    /// <summary>A key for something the job makes (a content node), the same on every attempt and unique to the job and purpose.</summary>
    public Guid DerivedKey(string purpose)
    {
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(EffectKey(purpose)), hash);
        // RFC 9562 version 8 (custom) with the RFC variant, so the key is a well-formed GUID.
        hash[7] = (byte)((hash[7] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16]);
    }

    /// <summary>The entry's values this workflow may read: sensitive fields only when the workflow includes sensitive data.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values =>
        Entry.Values
            .Where(v => Workflow.IncludeSensitiveData || Form.FindField(v.Key) is not { ContainsSensitiveData: true })
            .ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase);

    public string? Value(string alias) =>
        Values.TryGetValue(alias, out var values) && values.Count > 0 && !string.IsNullOrWhiteSpace(values[0]) ? values[0] : null;
}
