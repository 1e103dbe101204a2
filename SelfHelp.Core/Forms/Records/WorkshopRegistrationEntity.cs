using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Forms.Records;

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

/// <summary>Its table, key and indexes.</summary>
internal sealed class WorkshopRegistrationEntityConfiguration : IEntityTypeConfiguration<WorkshopRegistrationEntity>
{
    public void Configure(EntityTypeBuilder<WorkshopRegistrationEntity> registration)
    {
        registration.ToTable("shWorkshopRegistration");
        registration.HasKey(r => r.Id);
        registration.HasIndex(r => r.EntryId).IsUnique();
        registration.HasIndex(r => new { r.WorkshopKey, r.Status });
        registration.HasIndex(r => r.Email);
        registration.Property(r => r.Email).HasMaxLength(320);
        registration.Property(r => r.Culture).HasMaxLength(20);
    }
}
