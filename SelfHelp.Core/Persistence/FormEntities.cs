using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Records;
using SelfHelp.Core.Forms.Workflows;

namespace SelfHelp.Core.Persistence;

/// <summary>A form definition stored whole as JSON, found by key or name.</summary>
internal sealed class FormEntity
{
    public Guid Key { get; set; }
    public required string Name { get; set; }
    public required string DefinitionJson { get; set; }
}

/// <summary>One submission of a form: its values (alias to values, as JSON), state and who changed it last.</summary>
internal sealed class FormEntryEntity
{
    public Guid Id { get; set; }
    public Guid FormKey { get; set; }
    public required string FormName { get; set; }
    public FormEntryState State { get; set; }
    public required string Culture { get; set; }
    public Guid? ContentKey { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public string? StateChangedBy { get; set; }
    public DateTime? StateChangedUtc { get; set; }
    public required string ValuesJson { get; set; }

    /// <summary>The answers as plain lower-case text, unescaped, that staff search matches ("o'brien", "a+b@x.org" as typed).</summary>
    public string SearchText { get; set; } = "";

    /// <summary>Recorded only when the site is configured to (Umbraco's EnableRecordingOfIpWithFormSubmission, off by default).</summary>
    public string? IpAddress { get; set; }
}

/// <summary>A file uploaded with an entry, kept in the private file store.</summary>
internal sealed class FormEntryFileEntity
{
    public Guid Id { get; set; }
    public Guid EntryId { get; set; }
    public required string FieldAlias { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public required string StoragePath { get; set; }
}

/// <summary>What happened to an entry, by whom and when (submitted, state changes, workflow attempts, erasure).</summary>
internal sealed class FormEntryAuditEntity
{
    public long Id { get; set; }
    public Guid EntryId { get; set; }
    public DateTime Date { get; set; }
    public required string UserName { get; set; }
    public required string Action { get; set; }
    public string? Detail { get; set; }
}

/// <summary>A workflow to run for an entry at a stage: the durable outbox the workflow runner works through.</summary>
internal sealed class FormWorkflowJobEntity
{
    public Guid Id { get; set; }
    public Guid EntryId { get; set; }
    public Guid WorkflowId { get; set; }
    public required string WorkflowName { get; set; }
    public Guid WorkflowTypeId { get; set; }
    public WorkflowStage Stage { get; set; }
    public int SortOrder { get; set; }
    public WorkflowJobStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime NextAttemptUtc { get; set; }

    /// <summary>Set while a runner works on the job, so two runners (or two nodes) never run it at once.</summary>
    public DateTime? LockedUntilUtc { get; set; }
    public DateTime? CompletedUtc { get; set; }
    public string? LastError { get; set; }
}

/// <summary>One attempt at a workflow job, kept for the audit trail.</summary>
internal sealed class FormWorkflowAttemptEntity
{
    public long Id { get; set; }
    public Guid JobId { get; set; }
    public Guid EntryId { get; set; }
    public int Attempt { get; set; }
    public DateTime StartedUtc { get; set; }
    public DateTime FinishedUtc { get; set; }
    public bool Succeeded { get; set; }
    public required string Message { get; set; }
}

/// <summary>
/// A side effect of a workflow job known to have completed (an email handed to the SMTP server, a webhook answered),
/// keyed by the job's idempotency key and the effect, so a re-run after a crash does not repeat it.
/// </summary>
internal sealed class WorkflowEffectEntity
{
    public required string Key { get; set; }
    public Guid JobId { get; set; }
    public DateTime CompletedUtc { get; set; }
}

/// <summary>A volunteer who signed up (private record).</summary>
internal sealed class VolunteerEntity
{
    public Guid Id { get; set; }
    public Guid EntryId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
    public required string DistrictsJson { get; set; }
    public required string LanguagesJson { get; set; }
    public required string SkillsJson { get; set; }
    public required string AvailabilityJson { get; set; }
    public string? SupportNeeds { get; set; }
    public DateTime ConsentUtc { get; set; }
    public VolunteerStatus Status { get; set; }
    public decimal HoursLogged { get; set; }
    public DateTime CreatedUtc { get; set; }
}

/// <summary>A registration for a workshop (private record), confirmed or waitlisted by capacity.</summary>
internal sealed class WorkshopRegistrationEntity
{
    public Guid Id { get; set; }
    public Guid EntryId { get; set; }
    public Guid WorkshopKey { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
    public string? GroupName { get; set; }
    public string? Needs { get; set; }
    public RegistrationStatus Status { get; set; }
    public required string Culture { get; set; }
    public DateTime CreatedUtc { get; set; }
}

/// <summary>A workshop's seats: its capacity and how many are confirmed, taken with one conditional update.</summary>
internal sealed class WorkshopSeatEntity
{
    public Guid WorkshopKey { get; set; }
    public int Capacity { get; set; }
    public int Confirmed { get; set; }
}

/// <summary>A group's request for volunteer support (private record).</summary>
internal sealed class SupportRequestEntity
{
    public Guid Id { get; set; }
    public Guid EntryId { get; set; }
    public required string GroupName { get; set; }
    public required string ContactName { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
    public required string Need { get; set; }
    public string? District { get; set; }
    public string? Urgency { get; set; }
    public SupportRequestStatus Status { get; set; }
    public string MatchedVolunteersJson { get; set; } = "[]";
    public DateTime CreatedUtc { get; set; }
}

/// <summary>A visitor's message relayed to a group (private record); the group's address is never stored here.</summary>
internal sealed class RelayedMessageEntity
{
    public Guid Id { get; set; }
    public Guid EntryId { get; set; }
    public Guid GroupKey { get; set; }
    public required string SenderName { get; set; }
    public required string SenderEmail { get; set; }
    public required string Message { get; set; }
    public DateTime SentUtc { get; set; }
}

/// <summary>
/// A way to find the person an entry (and the records made from it) is about: a normalised email address or Hong Kong
/// phone number, written in the entry's transaction so access and erasure requests match exactly.
/// </summary>
internal sealed class PersonalIdentifierEntity
{
    public long Id { get; set; }
    public Guid EntryId { get; set; }
    public PersonalIdentifierKind Kind { get; set; }
    public required string Value { get; set; }
}

/// <summary>A file to delete from the upload store once the erasure that let it go has committed; retried until it is gone.</summary>
internal sealed class PendingFileDeletionEntity
{
    public long Id { get; set; }
    public required string StoragePath { get; set; }
    public DateTime CreatedUtc { get; set; }
    public int Attempts { get; set; }
}
