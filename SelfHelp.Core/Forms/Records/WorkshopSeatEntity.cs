using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Forms.Records;

/// <summary>A workshop's seats: its capacity and how many are confirmed, taken with one conditional update.</summary>
internal sealed class WorkshopSeatEntity
{
    public Guid WorkshopKey { get; set; }
    public int Capacity { get; set; }
    public int Confirmed { get; set; }
}

/// <summary>Its table, key and indexes.</summary>
internal sealed class WorkshopSeatEntityConfiguration : IEntityTypeConfiguration<WorkshopSeatEntity>
{
    public void Configure(EntityTypeBuilder<WorkshopSeatEntity> seat)
    {
        seat.ToTable("shWorkshopSeat");
        seat.HasKey(s => s.WorkshopKey);
    }
}
