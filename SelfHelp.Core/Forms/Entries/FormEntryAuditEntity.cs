using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Forms.Entries;

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

/// <summary>Its table, key and indexes.</summary>
internal sealed class FormEntryAuditEntityConfiguration : IEntityTypeConfiguration<FormEntryAuditEntity>
{
    public void Configure(EntityTypeBuilder<FormEntryAuditEntity> audit)
    {
        audit.ToTable("shFormEntryAudit");
        audit.HasKey(a => a.Id);
        audit.HasIndex(a => a.EntryId);
        audit.Property(a => a.UserName).HasMaxLength(255);
        audit.Property(a => a.Action).HasMaxLength(64);
    }
}
