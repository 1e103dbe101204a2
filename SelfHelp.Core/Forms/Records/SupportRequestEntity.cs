using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Forms.Records;

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

/// <summary>Its table, key and indexes.</summary>
internal sealed class SupportRequestEntityConfiguration : IEntityTypeConfiguration<SupportRequestEntity>
{
    public void Configure(EntityTypeBuilder<SupportRequestEntity> request)
    {
        request.ToTable("shSupportRequest");
        request.HasKey(r => r.Id);
        request.HasIndex(r => r.EntryId).IsUnique();
        request.HasIndex(r => r.Email);
        request.Property(r => r.Email).HasMaxLength(320);
    }
}
