using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Publishing;

/// <summary>A scheduled publish or unpublish of one culture (or all) of an item.</summary>
internal sealed class ScheduleEntity
{
    public int Id { get; set; }
    public int NodeId { get; set; }
    public string Culture { get; set; } = "";
    public ScheduleAction Action { get; set; }
    public DateTime Date { get; set; }
    public required string UserName { get; set; }
}

/// <summary>Its table, key and indexes.</summary>
internal sealed class ScheduleEntityConfiguration : IEntityTypeConfiguration<ScheduleEntity>
{
    public void Configure(EntityTypeBuilder<ScheduleEntity> schedule)
    {
        schedule.ToTable("shContentSchedule");
        schedule.HasKey(s => s.Id);
        schedule.HasIndex(s => s.Date);
        schedule.Property(s => s.Culture).HasMaxLength(20);
        schedule.Property(s => s.UserName).HasMaxLength(255);
    }
}
