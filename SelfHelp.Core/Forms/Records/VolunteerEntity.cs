using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Forms.Records;

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

/// <summary>Its table, key and indexes.</summary>
internal sealed class VolunteerEntityConfiguration : IEntityTypeConfiguration<VolunteerEntity>
{
    public void Configure(EntityTypeBuilder<VolunteerEntity> volunteer)
    {
        volunteer.ToTable("shVolunteer");
        volunteer.HasKey(v => v.Id);
        volunteer.HasIndex(v => v.EntryId).IsUnique();
        volunteer.HasIndex(v => v.Email);
        volunteer.Property(v => v.Email).HasMaxLength(320);
        volunteer.Property(v => v.HoursLogged).HasPrecision(9, 2);
    }
}
