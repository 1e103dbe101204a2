using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Forms.Workflows;

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

/// <summary>Its table, key and indexes.</summary>
internal sealed class FormWorkflowAttemptEntityConfiguration : IEntityTypeConfiguration<FormWorkflowAttemptEntity>
{
    public void Configure(EntityTypeBuilder<FormWorkflowAttemptEntity> attempt)
    {
        attempt.ToTable("shFormWorkflowAttempt");
        attempt.HasKey(a => a.Id);
        attempt.HasIndex(a => a.JobId);
        attempt.HasIndex(a => a.EntryId);
    }
}
