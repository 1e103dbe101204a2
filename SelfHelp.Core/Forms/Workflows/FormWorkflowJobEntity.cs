using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SelfHelp.Core.Forms.Definitions;

namespace SelfHelp.Core.Forms.Workflows;

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

/// <summary>Its table, key and indexes.</summary>
internal sealed class FormWorkflowJobEntityConfiguration : IEntityTypeConfiguration<FormWorkflowJobEntity>
{
    public void Configure(EntityTypeBuilder<FormWorkflowJobEntity> job)
    {
        job.ToTable("shFormWorkflowJob");
        job.HasKey(j => j.Id);
        job.HasIndex(j => new { j.Status, j.NextAttemptUtc });
        job.HasIndex(j => j.EntryId);
        job.Property(j => j.WorkflowName).HasMaxLength(255);
    }
}
