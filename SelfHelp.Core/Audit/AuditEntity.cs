using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Audit;

/// <summary>An audit trail entry: who did what to which item, when.</summary>
internal sealed class AuditEntity
{
    public long Id { get; set; }
    public DateTime Date { get; set; }
    public required string UserName { get; set; }
    public required string Action { get; set; }
    public int? NodeId { get; set; }
    public string? Culture { get; set; }
    public string? Comment { get; set; }
}

/// <summary>Its table, key and indexes.</summary>
internal sealed class AuditEntityConfiguration : IEntityTypeConfiguration<AuditEntity>
{
    public void Configure(EntityTypeBuilder<AuditEntity> audit)
    {
        audit.ToTable("shAudit");
        audit.HasKey(a => a.Id);
        audit.HasIndex(a => a.NodeId);
        audit.HasIndex(a => a.Date);
        audit.Property(a => a.UserName).HasMaxLength(255);
        audit.Property(a => a.Action).HasMaxLength(64);
        audit.Property(a => a.Culture).HasMaxLength(20);
    }
}
