using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Forms.Workflows;

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

/// <summary>Its table, key and indexes.</summary>
internal sealed class WorkflowEffectEntityConfiguration : IEntityTypeConfiguration<WorkflowEffectEntity>
{
    public void Configure(EntityTypeBuilder<WorkflowEffectEntity> effect)
    {
        effect.ToTable("shFormWorkflowEffect");
        effect.HasKey(e => e.Key);
        effect.Property(e => e.Key).HasMaxLength(100);
        effect.HasIndex(e => e.JobId);
    }
}
